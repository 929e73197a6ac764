using MachineImagesConsole.Data;
using MachineImagesConsole.Operations;

namespace MachineImagesConsole.Model;

/// <summary>
/// The console's <see cref="IOperationCompletionHook"/>: at DONE the action's audit record gets its outcome
/// (Succeeded, or Failed with Compute's reasons) and the project's cached lists are cleared.
/// </summary>
public sealed class OperationCompletion(AuditLog auditLog, ComputeListCache listCache) : IOperationCompletionHook
{
    public async Task OnCompletedAsync(OperationProgress finished, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finished);
        await auditLog.CompleteOperationAsync(
            finished.Project, finished.OperationName, !finished.Failed, finished.ErrorReasons, finished.ErrorMessage, cancellationToken);
        listCache.Invalidate(finished.Project);
    }
}
