using System.Collections.Concurrent;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using MachineImagesConsole.Operations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Components.Tests.Operations;

/// <summary>A real <see cref="OperationTracker"/> over a temporary SQLite database, with a waiter the test drives.</summary>
internal sealed class TrackerHarness : IDbContextFactory<ConsoleDbContext>, IOperationWaiter, IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mic-ctests", Guid.NewGuid().ToString("N"));
    private readonly DbContextOptions<ConsoleDbContext> _options;
    private readonly ConcurrentDictionary<string, (TaskCompletionSource Started, TaskCompletionSource<OperationSnapshot> Result, StrongBox Progress)> _calls = new();

    private TrackerHarness()
    {
        Directory.CreateDirectory(_folder);
        _options = new DbContextOptionsBuilder<ConsoleDbContext>().UseSqlite($"Data Source={Path.Combine(_folder, "console.db")}").Options;
        Tracker = new OperationTracker(this, this, [new OperationCompletion(new AuditLog(this, TimeProvider.System),
            new ComputeListCache(TimeProvider.System, Options.Create(new ComputeSessionOptions())))], TimeProvider.System,
            Options.Create(new OperationTrackingOptions { MinUpdateInterval = TimeSpan.Zero }), NullLogger<OperationTracker>.Instance);
    }

    public OperationTracker Tracker { get; }

    public static async Task<TrackerHarness> CreateAsync()
    {
        var harness = new TrackerHarness();
        await DatabaseInitializer.InitializeAsync(harness, CancellationToken.None);
        return harness;
    }

    public ConsoleDbContext CreateDbContext() => new(_options);

    public Task<ConsoleDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => Task.FromResult(CreateDbContext());

    public static OperationSnapshot Op(string name, string status, int progress, params string[] errors) => new()
    {
        Name = name,
        Scope = OperationScopes.Global,
        Status = status,
        Progress = progress,
        OperationType = "insert",
        TargetLink = "https://compute.googleapis.com/compute/v1/projects/acme-prod/global/machineImages/" + name,
        ErrorReasons = errors,
        ErrorMessage = errors.Length > 0 ? "Quota 'MACHINE_IMAGES' exceeded." : null,
    };

    public async Task StartAsync(string name)
    {
        await Tracker.TrackAsync(Op(name, "PENDING", 0), new OperationStart("acme-prod", "operator@example.com", Guid.NewGuid(), null, ComputeIdentity.User), CancellationToken.None);
        await Call(name).Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public void Report(string name, OperationSnapshot snapshot) => Call(name).Progress.Value!.Report(snapshot);

    public void Finish(string name, OperationSnapshot snapshot) => Call(name).Result.TrySetResult(snapshot);

    async Task<OperationSnapshot> IOperationWaiter.WaitAsync(TrackedOperation operation, IProgress<OperationSnapshot> progress, OperationWatch watch, CancellationToken cancellationToken)
    {
        var call = Call(operation.OperationName);
        call.Progress.Value = progress;
        call.Started.TrySetResult();
        return await call.Result.Task.WaitAsync(cancellationToken);
    }

    private (TaskCompletionSource Started, TaskCompletionSource<OperationSnapshot> Result, StrongBox Progress) Call(string name)
        => _calls.GetOrAdd(name, _ => (new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously),
            new TaskCompletionSource<OperationSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously), new StrongBox()));

    public async ValueTask DisposeAsync()
    {
        await Tracker.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    internal sealed class StrongBox
    {
        public IProgress<OperationSnapshot>? Value { get; set; }
    }
}
