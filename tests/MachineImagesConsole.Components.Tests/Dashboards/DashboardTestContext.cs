using System.Security.Claims;
using Bunit;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Components.Layout;
using MachineImagesConsole.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace MachineImagesConsole.Components.Tests.Dashboards;

/// <summary>
/// A signed-in Viewer with MudBlazor, the console's real authorization policies and the real <see cref="ComputeSession"/>
/// over a <see cref="FakeComputeBackend"/>. (Same base setup as <c>ConsoleComponentTestContext</c>, with the Compute
/// services added before the renderer is built.)
/// </summary>
public abstract class DashboardTestContext : BunitContext, IAsyncLifetime
{
    protected DashboardTestContext()
        : this(null)
    {
    }

    /// <summary><paramref name="addServices"/>: more services for a derived context (added before the renderer is built).</summary>
    protected DashboardTestContext(Action<IServiceCollection>? addServices)
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        var authorization = Authorization = this.AddAuthorization();
        Services.AddAuthorizationCore(o => o.AddConsolePolicies());
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();
        Services.AddScoped<ProjectContext>();

        Services.AddSingleton<IComputeClientFactory>(Backend);
        Services.AddSingleton<IAccessTokenProvider>(new DelegateAccessTokenProvider(_ => ValueTask.FromResult("viewer-token")));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<IOptions<ComputeSessionOptions>>(Options.Create(new ComputeSessionOptions()));
        Services.AddSingleton<ComputeListCache>();
        Services.AddScoped<ComputeSession>();
        Services.AddScoped<MachineImagesConsole.Model.Dashboards.DashboardCatalog>();
        Services.AddTransient<MachineImagesConsole.Model.Validation.NameAvailability>();

        authorization.SetAuthorized("Vera Viewer");
        authorization.SetClaims(
            new Claim(ConsoleClaimTypes.Name, "Vera Viewer"),
            new Claim(ConsoleClaimTypes.Email, "viewer@example.com"),
            new Claim(ConsoleClaimTypes.SessionId, "session-1"),
            new Claim(ConsoleRoles.ClaimType, ConsoleRoles.Viewer));

        addServices?.Invoke(Services);

        // As in the running console: components render inside a live server circuit. (Last: it builds the renderer.)
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    internal FakeComputeBackend Backend { get; } = new();

    /// <summary>The signed-in person (a Viewer unless a test signs in someone else before rendering).</summary>
    internal Bunit.TestDoubles.BunitAuthorizationContext Authorization { get; }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Backend.Dispose();
    }

    /// <summary>Sets the browser URL before the page renders (the page reads its state from it).</summary>
    protected void NavigateTo(string relativeUri) => Services.GetRequiredService<NavigationManager>().NavigateTo(relativeUri);

    protected int ListCalls(string collection) => Backend.Requests.Count(u => u.AbsolutePath.EndsWith("/" + collection, StringComparison.Ordinal));
}
