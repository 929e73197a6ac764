namespace MachineImagesConsole.LocalCloud.Faults;

/// <summary>One entry of <c>LocalCloud:Faults:Rules</c>.</summary>
public sealed class FaultRule
{
    /// <summary>
    /// The discovery method id it applies to (<c>compute.machineImages.insert</c>), a prefix ending in <c>*</c>
    /// (<c>compute.machineImages.*</c>), or <c>*</c> for every Compute method.
    /// </summary>
    public string Method { get; set; } = "*";

    public FaultKind Fault { get; set; } = FaultKind.ErrorBeforeCommit;

    /// <summary>The share of matching calls it hits, 0.0–1.0 (default 1: every call).</summary>
    public double Rate { get; set; } = 1.0;

    /// <summary>How long <see cref="FaultKind.Delay"/> and <see cref="FaultKind.DelayAfterCommit"/> hold the call (default 3 s).</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The HTTP status of <see cref="FaultKind.ErrorBeforeCommit"/> and <see cref="FaultKind.ErrorAfterCommit"/> (default 503).</summary>
    public int Status { get; set; } = 503;

    /// <summary>Stops after hitting this many calls; empty: no limit.</summary>
    public int? MaxCount { get; set; }

    /// <summary>True when this rule applies to <paramref name="methodId"/>.</summary>
    public bool Matches(string methodId) =>
        Method == "*"
        || string.Equals(Method, methodId, StringComparison.Ordinal)
        || (Method.EndsWith('*') && methodId.StartsWith(Method[..^1], StringComparison.Ordinal));
}
