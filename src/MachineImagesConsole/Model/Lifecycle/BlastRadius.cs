using MachineImagesConsole.Model.Sharing;

namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>
/// What depends on an image or machine image, shown before a delete or deprecate: instances and disks created from it,
/// instance templates that create disks from it, the family it heads, who it is shared with, and the delete check.
/// Only the resource's own project is scanned (other projects that use a shared image are not visible to the console).
/// </summary>
public sealed record BlastRadius(
    ResourceTarget Target,
    IReadOnlyList<BlastRadiusItem> Dependents,
    string? Family,
    bool IsFamilyHead,
    string? NextFamilyHead,
    IReadOnlyList<PolicyRoleGroup> SharedWith,
    DeleteCheck DeleteCheck,
    IReadOnlyList<string> Notes);
