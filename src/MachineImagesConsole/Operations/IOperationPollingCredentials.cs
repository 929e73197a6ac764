using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Data;

namespace MachineImagesConsole.Operations;

/// <summary>
/// The credentials the tracker polls an operation with. It runs without a browser (and after restarts),
/// so this is the console's service account, or a refreshable server-side token of the person who started it.
/// </summary>
public interface IOperationPollingCredentials
{
    Task<IAccessTokenProvider> ForAsync(TrackedOperation operation, CancellationToken cancellationToken);
}
