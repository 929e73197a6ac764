using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;

namespace MachineImagesConsole.Operations;

/// <summary>Waits on Compute's <c>operations.wait</c> (through <see cref="ComputeClient.WaitForOperationAsync"/>).</summary>
public sealed class ComputeOperationWaiter(IComputeClientFactory clientFactory, IOperationPollingCredentials credentials) : IOperationWaiter
{
    public async Task<OperationSnapshot> WaitAsync(TrackedOperation operation, IProgress<OperationSnapshot> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(progress);
        var tokens = await credentials.ForAsync(operation, cancellationToken);
        var client = clientFactory.Create(tokens);
        var first = true;
        var report = new Progress(op =>
        {
            // The client reports the operation it was given first: that is our own stored state, skip it.
            if (first)
            {
                first = false;
                return;
            }
            progress.Report(OperationSnapshotMapper.ToSnapshot(op));
        });

        try
        {
            var done = await client.WaitForOperationAsync(OperationSnapshotMapper.ToOperation(operation), timeout: null, report, cancellationToken);
            return OperationSnapshotMapper.ToSnapshot(done);
        }
        catch (ComputeOperationException failed)
        {
            return OperationSnapshotMapper.ToSnapshot(failed.Operation);
        }
    }

    private sealed class Progress(Action<Operation> report) : IProgress<Operation>
    {
        public void Report(Operation value) => report(value);
    }
}
