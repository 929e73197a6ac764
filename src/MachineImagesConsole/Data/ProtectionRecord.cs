namespace MachineImagesConsole.Data;

/// <summary>
/// An image or machine image an Admin marked protected: no delete and no clean-up may touch it. The console enforces
/// this row; the resource also carries the label <c>protected=true</c> so the flag is visible outside the console.
/// </summary>
public sealed class ProtectionRecord
{
    public long Id { get; set; }

    public string Project { get; set; } = string.Empty;

    /// <summary><c>images</c> or <c>machineImages</c>.</summary>
    public string Collection { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string ProtectedBy { get; set; } = string.Empty;

    public DateTimeOffset ProtectedAt { get; set; }

    public string? Reason { get; set; }
}
