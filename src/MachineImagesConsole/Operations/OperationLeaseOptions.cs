namespace MachineImagesConsole.Operations;

/// <summary><c>Console:Operations:Leases</c>: operation ownership across instances (PostgreSQL only).</summary>
public sealed class OperationLeaseOptions
{
    public const string SectionName = "Console:Operations:Leases";

    /// <summary>
    /// How long a lease lasts without renewal (the owner renews every third of it). Another instance takes a dead owner's
    /// operation over when the lease from its last renewal runs out: at most this long after the death, plus the two
    /// queries of the take-over (see docs/scale-out.md, "Take-over").
    /// </summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often an instance looks for leases it has not seen yet. Leases it has seen are looked at again the moment they
    /// run out, whatever this is; it only bounds how late a lease taken since the last look is first seen.
    /// </summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(5);
}
