namespace MachineImagesConsole.Compute.Http;

/// <summary>
/// Lets a caller see each mutating request (anything but GET) of the calls it makes in an async flow, <b>before</b> the
/// request is sent: the callback runs and completes first, so a caller can store the request durably and know that
/// nothing reached Compute that it has not stored. Used by the console's mutation pipeline.
/// </summary>
public static class ComputeRequestCapture
{
    private static readonly AsyncLocal<Scope?> Current = new();

    /// <summary>Starts capturing in this async flow until the returned scope is disposed.</summary>
    public static IDisposable Begin(Func<ComputeRequestRecord, CancellationToken, Task> beforeSend)
    {
        ArgumentNullException.ThrowIfNull(beforeSend);
        var scope = new Scope(beforeSend, Current.Value);
        Current.Value = scope;
        return scope;
    }

    internal static Task BeforeSendAsync(ComputeRequestRecord request, CancellationToken cancellationToken)
        => Current.Value is { Disposed: false } scope ? scope.BeforeSend(request, cancellationToken) : Task.CompletedTask;

    private sealed class Scope(Func<ComputeRequestRecord, CancellationToken, Task> beforeSend, Scope? parent) : IDisposable
    {
        public Func<ComputeRequestRecord, CancellationToken, Task> BeforeSend { get; } = beforeSend;

        public bool Disposed { get; private set; }

        public void Dispose()
        {
            Disposed = true;
            if (Current.Value == this) Current.Value = parent;
        }
    }
}
