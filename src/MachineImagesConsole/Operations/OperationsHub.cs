using MachineImagesConsole.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace MachineImagesConsole.Operations;

/// <summary>
/// Live operation progress for other browsers and scripts (the console's own pages subscribe to
/// <see cref="OperationTracker"/> in process). Clients join a project or one operation and receive
/// <see cref="OperationProgress"/> messages named <see cref="ProgressMethod"/>: the current state at once,
/// then every update. While subscribed, the connection watches what it subscribed to (<see cref="OperationHubWatchers"/>):
/// the tracker reads it every 500 ms instead of only waiting on it.
/// </summary>
[Authorize(Policy = ConsolePolicies.View)]
public sealed class OperationsHub(IProjectAccessPolicy accessPolicy, OperationTracker tracker, OperationHubWatchers watchers) : Hub
{
    public const string Path = "/hubs/operations";

    /// <summary>The client method that receives <see cref="OperationProgress"/>.</summary>
    public const string ProgressMethod = "progress";

    /// <summary>Receive progress of every operation in <paramref name="project"/>.</summary>
    public async Task SubscribeProject(string project)
    {
        Throw(OperationsHubValidation.ValidateProject(project));
        await EnsureMayViewAsync(project);
        await Groups.AddToGroupAsync(Context.ConnectionId, OperationsHubValidation.ProjectGroup(project), Context.ConnectionAborted);
        watchers.Add(Context.ConnectionId, project, null);
        await SendSnapshotAsync(project, null);
    }

    /// <summary>Receive progress of one operation.</summary>
    public async Task SubscribeOperation(string project, string operation)
    {
        Throw(OperationsHubValidation.ValidateProject(project));
        Throw(OperationsHubValidation.ValidateOperation(operation));
        await EnsureMayViewAsync(project);
        await Groups.AddToGroupAsync(Context.ConnectionId, OperationsHubValidation.OperationGroup(project, operation), Context.ConnectionAborted);
        watchers.Add(Context.ConnectionId, project, operation);
        await SendSnapshotAsync(project, operation);
    }

    public async Task UnsubscribeProject(string project)
    {
        Throw(OperationsHubValidation.ValidateProject(project));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, OperationsHubValidation.ProjectGroup(project), Context.ConnectionAborted);
        watchers.Remove(Context.ConnectionId, project, null);
    }

    public async Task UnsubscribeOperation(string project, string operation)
    {
        Throw(OperationsHubValidation.ValidateProject(project));
        Throw(OperationsHubValidation.ValidateOperation(operation));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, OperationsHubValidation.OperationGroup(project, operation), Context.ConnectionAborted);
        watchers.Remove(Context.ConnectionId, project, operation);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        watchers.RemoveAll(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    private async Task EnsureMayViewAsync(string project)
    {
        if (Context.User is not { } user || !await accessPolicy.CanViewProjectAsync(user, project, Context.ConnectionAborted))
            throw new HubException($"You may not view the operations of project '{project}'.");
    }

    private async Task SendSnapshotAsync(string project, string? operation)
    {
        foreach (var progress in tracker.GetSnapshot(project, operation))
            await Clients.Caller.SendAsync(ProgressMethod, progress, Context.ConnectionAborted);
    }

    private static void Throw(string? error)
    {
        if (error is not null) throw new HubException(error);
    }
}
