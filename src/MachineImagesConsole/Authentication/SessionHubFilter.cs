using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;

namespace MachineImagesConsole.Authentication;

/// <summary>
/// Registers every hub connection (not Blazor's own circuit hub: <see cref="Components.Layout.SessionGuard"/> ends
/// circuits) with <see cref="SessionConnections"/>, so sign-out aborts it and SignalR drops its group subscriptions.
/// </summary>
internal sealed class SessionHubFilter(SessionConnections connections) : IHubFilter
{
    private const string RegistrationKey = "mic.session-registration";
    private const string BlazorCircuitHub = "Microsoft.AspNetCore.Components.Server.ComponentHub";

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var sessionId = context.Context.User?.FindFirstValue(ConsoleClaimTypes.SessionId);
        if (sessionId is not null && context.Hub.GetType().FullName != BlazorCircuitHub)
        {
            var caller = context.Context;
            caller.Items[RegistrationKey] = connections.Register(sessionId, () =>
            {
                caller.Abort();
                return Task.CompletedTask;
            });
        }
        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.Items.Remove(RegistrationKey, out var registration)) (registration as IDisposable)?.Dispose();
        await next(context, exception);
    }
}
