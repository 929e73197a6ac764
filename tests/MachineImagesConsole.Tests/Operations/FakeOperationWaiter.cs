using System.Collections.Concurrent;
using MachineImagesConsole.Data;
using MachineImagesConsole.Operations;

namespace MachineImagesConsole.Tests.Operations;

/// <summary>An <see cref="IOperationWaiter"/> the test drives: it reports progress and finishes operations by hand.</summary>
internal sealed class FakeOperationWaiter : IOperationWaiter
{
    private readonly ConcurrentDictionary<string, Call> _calls = new(StringComparer.Ordinal);

    public async Task<OperationSnapshot> WaitAsync(TrackedOperation operation, IProgress<OperationSnapshot> progress, OperationWatch watch, CancellationToken cancellationToken)
    {
        var call = _calls.GetOrAdd(operation.OperationName, _ => new Call());
        call.Progress = progress;
        call.Started.TrySetResult();
        return await call.Result.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Waits (with a timeout) until the tracker is waiting on the operation.</summary>
    public Task WhenWaitingAsync(string operation)
        => _calls.GetOrAdd(operation, _ => new Call()).Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

    public void Report(string operation, OperationSnapshot snapshot) => _calls[operation].Progress!.Report(snapshot);

    public void Finish(string operation, OperationSnapshot snapshot) => _calls[operation].Result.TrySetResult(snapshot);

    /// <summary>The wait fails (e.g. Compute answers 403 for the operation).</summary>
    public void Fail(string operation, Exception error) => _calls[operation].Result.TrySetException(error);

    private sealed class Call
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource<OperationSnapshot> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public IProgress<OperationSnapshot>? Progress { get; set; }
    }
}
