namespace MachineImagesConsole.Data;

/// <summary>A machine image an Admin approved for help-desk self-service clones.</summary>
public sealed class SelfServiceApproval
{
    public long Id { get; set; }

    public string Project { get; set; } = string.Empty;

    public string MachineImage { get; set; } = string.Empty;

    public string ApprovedBy { get; set; } = string.Empty;

    public DateTimeOffset ApprovedAt { get; set; }

    public string? Note { get; set; }
}
