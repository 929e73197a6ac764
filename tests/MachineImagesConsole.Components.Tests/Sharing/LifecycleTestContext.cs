using System.Security.Claims;
using Bunit;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Components.Layout;
using MachineImagesConsole.Components.Tests.Dashboards;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using MachineImagesConsole.Operations;
using MachineImagesConsole.Model.Lifecycle;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace MachineImagesConsole.Components.Tests.Sharing;

/// <summary>
/// A signed-in person (role given by the test class) with the console's real lifecycle services and
/// <see cref="MutationPipeline"/> over a <see cref="FakeComputeBackend"/> and a temporary SQLite database.
/// </summary>
public abstract class LifecycleTestContext : BunitContext, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mic-lifecycle-bunit", Guid.NewGuid().ToString("N"));

    protected LifecycleTestContext(string email, string role)
    {
        Directory.CreateDirectory(_folder);
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        var authorization = this.AddAuthorization();
        Services.AddAuthorizationCore(o => o.AddConsolePolicies());
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();
        Services.AddScoped<ProjectContext>();

        Services.AddSingleton<IComputeClientFactory>(Backend);
        Services.AddSingleton<IAccessTokenProvider>(new DelegateAccessTokenProvider(_ => ValueTask.FromResult("person-token")));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<IOptions<ComputeSessionOptions>>(Options.Create(new ComputeSessionOptions { ListCacheWindow = TimeSpan.Zero }));
        Services.AddSingleton<ComputeListCache>();
        Services.AddScoped<ComputeSession>();
        Services.AddScoped<MachineImagesConsole.Model.Lifecycle.LifecycleCatalog>();

        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "console.db") }.ToString();
        Services.AddDbContextFactory<ConsoleDbContext>(o => o.UseSqlite(connection));
        Services.AddSingleton<AuditLog>();
        Services.AddSingleton<IOperationWaiter, NeverWaiter>();
        Services.AddSingleton<IOptions<OperationTrackingOptions>>(Options.Create(new OperationTrackingOptions()));
        Services.AddSingleton<OperationTracker>();
        Services.AddLogging();
        Services.AddSingleton(new StoredRequestProtection(new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider()));
        Services.AddSingleton<MutationJournal>();
        Services.AddScoped<MutationPipeline>();
        Services.AddScoped<MachineImagesConsole.Model.Commands.CommandExecutor>();
        Services.AddImageLifecycle();

        authorization.SetAuthorized(email);
        authorization.SetClaims(
            new Claim(ConsoleClaimTypes.Name, email),
            new Claim(ConsoleClaimTypes.Email, email),
            new Claim(ConsoleClaimTypes.SessionId, "session-1"),
            new Claim(ConsoleRoles.ClaimType, role));

        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    internal FakeComputeBackend Backend { get; } = new();

    async Task IAsyncLifetime.InitializeAsync()
        => await DatabaseInitializer.InitializeAsync(Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>(), CancellationToken.None);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Backend.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file briefly; the OS cleans temp folders.
        }
    }

    protected void NavigateTo(string relativeUri) => Services.GetRequiredService<NavigationManager>().NavigateTo(relativeUri);

    protected int Calls(string suffix) => Backend.Requests.Count(u => u.AbsolutePath.EndsWith(suffix, StringComparison.Ordinal));

    private sealed class NeverWaiter : IOperationWaiter
    {
        public async Task<OperationSnapshot> WaitAsync(TrackedOperation operation, IProgress<OperationSnapshot> progress, OperationWatch watch, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new OperationCanceledException(cancellationToken);
        }
    }
}
