using System.Security.Claims;
using Bunit;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Components.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace MachineImagesConsole.Components.Tests.Infrastructure;

/// <summary>
/// A bUnit context with MudBlazor and the console's REAL authorization policies: bUnit supplies the signed-in
/// principal, and the production <see cref="ConsoleAuthorizationPolicies"/> decide what it may see.
/// </summary>
public abstract class ConsoleComponentTestContext : BunitContext, IAsyncLifetime
{
    protected ConsoleComponentTestContext()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Authorization = this.AddAuthorization();

        // Replace bUnit's policy fakes with the real policy evaluation.
        Services.AddAuthorizationCore(o => o.AddConsolePolicies());
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();

        Services.AddScoped<ProjectContext>();
        Services.AddSingleton<IProjectDirectory>(Projects);
        Services.AddOptions();
        Services.AddScoped<MachineImagesConsole.Model.Settings.SettingsSummary>();

        // As in the running console: components render inside a live server circuit. (Last: it builds the renderer.)
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    protected Bunit.TestDoubles.BunitAuthorizationContext Authorization { get; }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor registers services that only implement IAsyncDisposable.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    protected FakeProjectDirectory Projects { get; } = new();

    /// <summary>Signs in a person; <paramref name="role"/> null = signed in without a console role.</summary>
    protected void SignInAs(string? role, string name = "Ada Lovelace", string email = "ada@example.com")
    {
        Authorization.SetAuthorized(name);
        var claims = new List<Claim>
        {
            new(ConsoleClaimTypes.Name, name),
            new(ConsoleClaimTypes.Email, email),
            new(ConsoleClaimTypes.SessionId, "session-1"),
        };
        if (role is not null)
        {
            claims.Add(new Claim(ConsoleRoles.ClaimType, role));
        }

        Authorization.SetClaims([.. claims]);
    }
}
