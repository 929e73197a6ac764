namespace MachineImagesConsole.Model.Operations;

/// <summary>
/// One read of a project's running operations by <see cref="RunningOperationsDiscovery"/>, as its watchers are told.
/// </summary>
/// <param name="At">When the read answered (or failed).</param>
/// <param name="Running">How many operations Compute listed as not DONE (0 when the read failed).</param>
/// <param name="Error">Why the read failed, or null.</param>
/// <param name="RetryIn">After a failure: how long the poller waits before it reads again (it backs off).</param>
public sealed record DiscoveryRead(DateTimeOffset At, int Running, Exception? Error, TimeSpan? RetryIn)
{
    public bool Failed => Error is not null;
}
