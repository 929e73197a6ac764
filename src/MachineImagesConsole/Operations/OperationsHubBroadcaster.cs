using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MachineImagesConsole.Operations;

/// <summary>
/// Forwards every tracker update to the hub groups of its project and its operation. (A connection that
/// joined both receives the update twice; progress messages are states, so repeats are harmless.)
/// </summary>
public sealed partial class OperationsHubBroadcaster(
    OperationTracker tracker,
    IHubContext<OperationsHub> hub,
    ILogger<OperationsHubBroadcaster> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var progress in tracker.SubscribeAllAsync(stoppingToken))
            {
                // An update relayed from the instance that follows the operation: that instance broadcast it already.
                if (tracker.IsFromPeer(progress)) continue;
                try
                {
                    await hub.Clients.Groups(
                            OperationsHubValidation.ProjectGroup(progress.Project),
                            OperationsHubValidation.OperationGroup(progress.Project, progress.OperationName))
                        .SendAsync(OperationsHub.ProgressMethod, progress, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogSendFailed(ex, progress.Project, progress.OperationName);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send progress of {Project}/{Operation} to hub clients.")]
    private partial void LogSendFailed(Exception error, string project, string operation);
}
