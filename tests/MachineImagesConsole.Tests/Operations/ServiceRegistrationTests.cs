using MachineImagesConsole.Compute;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using MachineImagesConsole.Operations;
using MachineImagesConsole.Tests.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Operations;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public async Task Extensions_Together_ResolveTrackerSessionAndPipeline()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mic-tests", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Console:DataDirectory"] = folder,
            ["Console:Compute:Identity"] = "ServiceAccount",
        }).Build();
        using var handler = new FakeComputeHandler(_ => throw new InvalidOperationException());
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddConfiguration(configuration);
        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        });
        builder.Services
            .AddAuthorizationCore()
            .AddSingleton<AuthenticationStateProvider>(new FakeAuthenticationStateProvider(TestUsers.Operator))
            .AddSingleton<IComputeClientFactory>(new FakeComputeClientFactory(handler));
        builder.Services.AddConsoleData(builder.Configuration).AddOperationTracking().AddComputeSession();

        await using (var app = builder.Build())
        {
            var hub = app.MapOperationsHub();
            await using var scope = app.Services.CreateAsyncScope();
            Assert.NotNull(hub);
            Assert.NotNull(app.Services.GetRequiredService<OperationTracker>());
            Assert.Equal(ComputeIdentity.ServiceAccount, scope.ServiceProvider.GetRequiredService<ComputeSession>().Identity);
            Assert.NotNull(scope.ServiceProvider.GetRequiredService<MutationPipeline>());
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
