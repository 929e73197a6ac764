using System.Security.Claims;
using MachineImagesConsole.Authentication;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace MachineImagesConsole.Components.Layout;

/// <summary>
/// Renders nothing. In an interactive circuit, registers the circuit with <see cref="SessionConnections"/> under its
/// sign-in session; when that session signs out (in any tab), the circuit is signed out and its browser is sent, with
/// a full load, to the signed-out page, so the circuit and its subscriptions are disposed.
/// </summary>
public sealed class SessionGuard : ComponentBase, IDisposable
{
    private static readonly TimeSpan EndGrace = TimeSpan.FromSeconds(2);

    private IDisposable? _registration;
    private volatile bool _disposed;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private SessionConnections Connections { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthenticationStateProvider { get; set; } = default!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || !RendererInfo.IsInteractive || AuthenticationState is null) return;
        var sessionId = (await AuthenticationState).User.FindFirstValue(ConsoleClaimTypes.SessionId);
        if (sessionId is null) return;
        _registration = Connections.Register(sessionId, () =>
        {
            _ = EndAsync();
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// After a short grace, so the tab that signed out finishes its own sign-out navigation (its circuit is disposed as
    /// it leaves) before anything else happens; every other tab of the session is then signed out and sent away.
    /// </summary>
    private async Task EndAsync()
    {
        await Task.Delay(EndGrace);
        if (_disposed) return;
        // The full load disposes this circuit. Signing the circuit out in the same breath would re-render the page as
        // anonymous, and its redirect to sign-in would win over the signed-out page.
        await InvokeAsync(() => Navigation.NavigateTo("account/signed-out", forceLoad: true));

        // A browser that does not leave (a crafted client) still loses the session.
        await Task.Delay(EndGrace);
        if (_disposed) return;
        await InvokeAsync(() => (AuthenticationStateProvider as UserSessionRevalidatingAuthenticationStateProvider)?.EndSession());
    }

    public void Dispose()
    {
        _disposed = true;
        _registration?.Dispose();
    }
}
