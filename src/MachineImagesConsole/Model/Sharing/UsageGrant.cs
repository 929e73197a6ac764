namespace MachineImagesConsole.Model.Sharing;

/// <summary>A member who can create VMs from the resource, the role that lets them, and where the grant lives.</summary>
public sealed record UsageGrant(IamMember Member, string Role, string Source, string? Condition);
