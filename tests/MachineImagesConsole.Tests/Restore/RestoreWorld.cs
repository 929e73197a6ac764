using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Restore;
using MachineImagesConsole.Operations;
using MachineImagesConsole.Tests.Data;
using MachineImagesConsole.Tests.Infrastructure;
using MachineImagesConsole.Tests.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Tests.Restore;

/// <summary>
/// A real LocalCloud on a free loopback port (its demo world), a console database, the operation tracker and
/// <see cref="ServiceAccountPipelines"/> calling LocalCloud with the automation client's token — the console's
/// service-account wiring without a browser.
/// </summary>
internal sealed class RestoreWorld : IAsyncDisposable
{
    public const string AutomationSecret = "restore-tests-secret";

    private readonly WebApplication _localCloud;
    private readonly ServiceProvider _services;
    private readonly string _localCloudData;

    private RestoreWorld(WebApplication localCloud, string localCloudData, TestDatabase database, ServiceProvider services, OperationTracker tracker, ComputeClient client, IComputeClientFactory factory, CapturingLoggerProvider logs)
    {
        Logs = logs;
        _localCloud = localCloud;
        _localCloudData = localCloudData;
        Database = database;
        _services = services;
        Tracker = tracker;
        Client = client;
        ClientFactory = factory;
        AuditLog = new MachineImagesConsole.Data.AuditLog(database, TimeProvider.System);
        Cache = new ComputeListCache(TimeProvider.System, Options.Create(new ComputeSessionOptions()));
        Pipelines = new ServiceAccountPipelines(services, factory, TestUsers.AuthorizationService(), AuditLog, tracker, Cache, new MutationJournal(AuditLog, new StoredRequestProtection(new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider())), new Microsoft.Extensions.Logging.LoggerFactory([logs]));
    }

    public TestDatabase Database { get; }

    /// <summary>What the tracker and the console's services given <see cref="CapturingLoggerProvider.CreateLogger{T}"/> logged (for failure messages).</summary>
    public CapturingLoggerProvider Logs { get; }

    public OperationTracker Tracker { get; }

    /// <summary>A client with the service account's token, for arranging and asserting.</summary>
    public ComputeClient Client { get; }

    public IComputeClientFactory ClientFactory { get; }

    public MachineImagesConsole.Data.AuditLog AuditLog { get; }

    public ComputeListCache Cache { get; }

    public ServiceAccountPipelines Pipelines { get; }

    public IServiceProvider Services => _services;

    public static async Task<RestoreWorld> StartAsync(params string[] stockoutZones)
    {
        var data = Path.Combine(Path.GetTempPath(), "mic-restore-lc", Guid.NewGuid().ToString("N"));
        var values = new Dictionary<string, string?>
        {
            ["LocalCloud:Urls"] = "http://127.0.0.1:0",
            ["LocalCloud:DataDirectory"] = data,
            ["LocalCloud:Simulation:Mode"] = nameof(SimulationMode.Instant),
            ["LocalCloud:Simulation:MaxWaitSeconds"] = "5",
            ["LocalCloud:Automation:ClientSecret"] = AutomationSecret,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        for (var i = 0; i < stockoutZones.Length; i++) values[$"LocalCloud:Simulation:StockoutZones:{i}"] = stockoutZones[i];
        var app = LocalCloudApp.Create([], new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");

        using var http = new HttpClient { BaseAddress = address };
        using var response = await http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "console-automation",
            ["client_secret"] = AutomationSecret,
            ["scope"] = "https://www.googleapis.com/auth/cloud-platform",
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var token = (string)body!["access_token"]!;
        IAccessTokenProvider tokens = new DelegateAccessTokenProvider(_ => ValueTask.FromResult(token));

        var factory = new LocalCloudClientFactory(address);
        var services = new ServiceCollection()
            .AddKeyedSingleton(ComputeIdentityKeys.ServiceAccount, tokens)
            .BuildServiceProvider();
        var database = await TestDatabase.CreateAsync();
        var cache = new ComputeListCache(TimeProvider.System, Options.Create(new ComputeSessionOptions()));
        var logs = new CapturingLoggerProvider();
        var tracker = new OperationTracker(database, new ComputeOperationWaiter(factory, new ServiceAccountPollingCredentials(services)),
            [new OperationCompletion(new MachineImagesConsole.Data.AuditLog(database, TimeProvider.System), cache)], TimeProvider.System, Options.Create(new OperationTrackingOptions()), logs.CreateLogger<OperationTracker>());
        return new RestoreWorld(app, data, database, services, tracker, factory.Create(tokens), factory, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await Tracker.DisposeAsync();
        await _services.DisposeAsync();
        await _localCloud.StopAsync();
        await _localCloud.DisposeAsync();
        await Database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_localCloudData, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold a file; the OS cleans temp folders.
        }
    }

    private sealed class LocalCloudClientFactory(Uri address) : IComputeClientFactory
    {
        public ComputeClient Create(IAccessTokenProvider tokens) => new(
            new HttpClient(),
            tokens,
            new ComputeClientOptions
            {
                BaseUrl = new Uri(address, "compute/v1/"),
                ResourceManagerBaseUrl = address,
                OperationPollInterval = TimeSpan.FromMilliseconds(50),
            });
    }
}
