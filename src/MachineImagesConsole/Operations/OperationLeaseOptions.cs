namespace MachineImagesConsole.Operations;

/// <summary><c>Console:Operations:Leases</c>: operation ownership across instances (PostgreSQL only).</summary>
public sealed class OperationLeaseOptions
{
    public const string SectionName = "Console:Operations:Leases";

    /// <summary>How long a lease lasts without renewal: a dead instance's operations are taken over after at most about this long.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(30);
}
