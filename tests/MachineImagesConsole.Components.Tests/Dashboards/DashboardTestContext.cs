using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Components.Tests.Infrastructure;
using MachineImagesConsole.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Components.Tests.Dashboards;

/// <summary>A signed-in Viewer with the real <see cref="ComputeSession"/> over a <see cref="FakeComputeBackend"/>.</summary>
public abstract class DashboardTestContext : ConsoleComponentTestContext
{
    protected DashboardTestContext()
    {
        Services.AddSingleton<IComputeClientFactory>(Backend);
        Services.AddSingleton<IAccessTokenProvider>(new DelegateAccessTokenProvider(_ => ValueTask.FromResult("viewer-token")));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<IOptions<ComputeSessionOptions>>(Options.Create(new ComputeSessionOptions()));
        Services.AddSingleton<ComputeListCache>();
        Services.AddScoped<ComputeSession>();
        SignInAs(ConsoleRoles.Viewer, email: "viewer@example.com");
    }

    internal FakeComputeBackend Backend { get; } = new();

    /// <summary>Sets the browser URL before the page renders (the page reads its state from it).</summary>
    protected void NavigateTo(string relativeUri)
        => Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo(relativeUri);

    protected int ListCalls(string collection) => Backend.Requests.Count(u => u.AbsolutePath.EndsWith("/" + collection, StringComparison.Ordinal));
}
