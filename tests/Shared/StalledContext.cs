namespace MachineImagesConsole.Tests.Shared;

/// <summary>
/// A synchronization context that keeps what is posted to it and never runs it: a Blazor renderer that stays busy. Code
/// started under it that resumes on it hangs, so a test sees an await that does not say <c>ConfigureAwait(false)</c>.
/// </summary>
internal sealed class StalledContext : SynchronizationContext
{
    private int _posts;

    /// <summary>How many continuations were posted (and never run).</summary>
    public int Posts => Volatile.Read(ref _posts);

    public override void Post(SendOrPostCallback d, object? state) => Interlocked.Increment(ref _posts);

    public override void Send(SendOrPostCallback d, object? state) => throw new InvalidOperationException("Send on the stalled context.");

    /// <summary>Calls <paramref name="start"/> with this context current (only what it starts synchronously runs under it).</summary>
    public T Run<T>(Func<T> start)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            return start();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
