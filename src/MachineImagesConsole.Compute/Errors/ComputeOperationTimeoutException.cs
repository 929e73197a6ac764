using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Compute.Errors;

/// <summary>An operation did not reach <c>DONE</c> before the caller's deadline. The operation keeps running on the server.</summary>
public sealed class ComputeOperationTimeoutException : TimeoutException
{
    public ComputeOperationTimeoutException(Operation operation, TimeSpan timeout, Exception? innerException = null)
        : base($"Operation {operation.Name} did not finish within {timeout}; last status {operation.Status ?? "unknown"} ({operation.Progress ?? 0}%).", innerException)
    {
        Operation = operation;
        Timeout = timeout;
    }

    /// <summary>The last state seen.</summary>
    public Operation Operation { get; }

    /// <summary>The deadline that passed.</summary>
    public TimeSpan Timeout { get; }
}
