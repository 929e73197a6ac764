using System.Net;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Operations;
using MachineImagesConsole.Operations;
using MachineImagesConsole.Tests.Data;
using MachineImagesConsole.Tests.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MachineImagesConsole.Tests.Operations;

/// <summary>
/// The discovery poller's schedule on a fake Compute and a fake clock: one <c>globalOperations.aggregatedList</c>
/// (<c>status != DONE</c>) per interval for every watcher of a (project, identity scope) together, none once the last one
/// leaves, a back-off on errors that starts again at the interval after a good read, and each read made with a watcher's
/// own credentials.
/// </summary>
#pragma warning disable CA1001 // xunit disposes the fields through IAsyncLifetime.DisposeAsync
public sealed class RunningOperationsDiscoveryPollingTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private const string Project = "acme-prod";
    private const string AggregatedPath = "/compute/v1/projects/acme-prod/aggregated/operations";
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 4, 0, 0, TimeSpan.Zero));
    private DelayCounter _delays = null!;
    private readonly List<(string Path, string Query, string Token)> _calls = [];
    private Func<HttpResponseMessage> _answer = () => FakeComputeHandler.Json(HttpStatusCode.OK, """{"kind":"compute#operationAggregatedList","items":{}}""");
    private TestDatabase _database = null!;
    private FakeComputeHandler _handler = null!;
    private FakeComputeClientFactory _clients = null!;
    private OperationTracker _tracker = null!;
    private RunningOperationsDiscovery _discovery = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _handler = new FakeComputeHandler(request =>
        {
            lock (_calls) _calls.Add((request.RequestUri!.AbsolutePath, Uri.UnescapeDataString(request.RequestUri.Query), request.Headers.Authorization?.Parameter ?? ""));
            return Task.FromResult(_answer());
        });
        _clients = new FakeComputeClientFactory(_handler);
        var options = Options.Create(new OperationTrackingOptions
        {
            DiscoveryInterval = Interval,
            InitialRetryDelay = TimeSpan.FromSeconds(2),
            MaxRetryDelay = TimeSpan.FromSeconds(8),
        });
        _tracker = new OperationTracker(_database, new FakeOperationWaiter(), [], _time, options, NullLogger<OperationTracker>.Instance);
        _delays = new DelayCounter(_time);
        _discovery = new RunningOperationsDiscovery(_tracker, new AuditLog(_database, _time), options, _delays, NullLogger<RunningOperationsDiscovery>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _discovery.DisposeAsync();
        await _tracker.DisposeAsync();
        _handler.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Watch_TwoWatchersOfOneProjectAndIdentity_OneReadPerIntervalSharedByBoth()
    {
        var first = new Reads();
        var second = new Reads();
        using var a = _discovery.Watch(Project, "serviceAccount", ComputeIdentity.ServiceAccount, Client("sa-token"), first.Add);
        using var b = _discovery.Watch(Project, "serviceAccount", ComputeIdentity.ServiceAccount, Client("sa-token"), second.Add);
        await UntilAsync(() => first.Count >= 1, "the first read");

        for (var i = 2; i <= 10; i++)
        {
            await AdvanceAsync(Interval, delaysStarted: i - 1);
            var expected = i;
            await UntilAsync(() => first.Count >= expected, $"read {i}");
        }
        await UntilAsync(() => first.Count == 10 && second.Count > 0 && ReferenceEquals(second.Snapshot()[^1], first.Snapshot()[^1]), "the second watcher has the tenth read");

        // Ten intervals, two watchers: ten calls, and both watchers were told of the very same reads.
        Assert.Equal(10, Calls().Count);
        Assert.Equal(1, _discovery.PollerCount);
        var shared = first.Snapshot()[^9..].Zip(second.Snapshot()[^9..]);
        Assert.All(shared, pair => Assert.Same(pair.First, pair.Second));
        Assert.All(Calls(), c =>
        {
            Assert.Equal(AggregatedPath, c.Path);
            Assert.Contains("filter=status != DONE", c.Query, StringComparison.Ordinal);
            Assert.Contains("returnPartialSuccess=true", c.Query, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Watch_LastWatcherLeaves_PollingStops_AndANewWatcherStartsItAgain()
    {
        var reads = new Reads();
        var watch = _discovery.Watch(Project, "serviceAccount", ComputeIdentity.ServiceAccount, Client("sa-token"), reads.Add);
        await UntilAsync(() => reads.Count >= 1, "the first read");
        await AdvanceAsync(Interval, delaysStarted: 1);
        await UntilAsync(() => reads.Count >= 2, "the second read");

        watch.Dispose();
        Assert.False(_discovery.IsPolling(Project, "serviceAccount"));
        for (var i = 0; i < 20; i++) _time.Advance(Interval); // ten seconds nobody watches

        // A new watcher's first read is the next call Compute gets: nothing was read while nobody watched.
        var again = new Reads();
        using var next = _discovery.Watch(Project, "serviceAccount", ComputeIdentity.ServiceAccount, Client("sa-token"), again.Add);
        await UntilAsync(() => again.Count >= 1, "the new watcher's first read");
        Assert.Equal(3, Calls().Count);
        Assert.Equal(2, reads.Count);
    }

    [Fact]
    public async Task Watch_ComputeFails_WatchersAreToldAndThePollerBacksOff_ThenReadsAtTheIntervalAgain()
    {
        _answer = () => FakeComputeHandler.Json(HttpStatusCode.TooManyRequests, FakeComputeHandler.ErrorJson(429, "rateLimitExceeded", "Quota exceeded for reads."));
        var reads = new Reads();
        using var watch = _discovery.Watch(Project, "serviceAccount", ComputeIdentity.ServiceAccount, Client("sa-token"), reads.Add);
        await UntilAsync(() => reads.Count >= 1, "the first read");
        var failed = reads.Snapshot()[0];
        Assert.True(failed.Failed);
        Assert.False(RunningOperationsDiscovery.IsDenied(failed.Error!)); // a rate limit is passing, not a denial
        Assert.Equal(TimeSpan.FromSeconds(2), failed.RetryIn);

        // Nothing before the back-off is over; then a second failure doubles it.
        await AdvanceAsync(TimeSpan.FromMilliseconds(1_900), delaysStarted: 1);
        Assert.Single(Calls());
        _time.Advance(TimeSpan.FromMilliseconds(100));
        await UntilAsync(() => reads.Count >= 2, "the read after the back-off");
        Assert.Equal(TimeSpan.FromSeconds(4), reads.Snapshot()[1].RetryIn);

        _answer = () => FakeComputeHandler.Json(HttpStatusCode.ServiceUnavailable, FakeComputeHandler.ErrorJson(503, "backendError", "Try again."));
        await AdvanceAsync(TimeSpan.FromSeconds(4), delaysStarted: 2);
        await UntilAsync(() => reads.Count >= 3, "the third read");
        Assert.Equal(TimeSpan.FromSeconds(8), reads.Snapshot()[2].RetryIn);
        await AdvanceAsync(TimeSpan.FromSeconds(8), delaysStarted: 3);
        await UntilAsync(() => reads.Count >= 4, "the fourth read");
        Assert.Equal(TimeSpan.FromSeconds(8), reads.Snapshot()[3].RetryIn); // capped at MaxRetryDelay

        _answer = () => FakeComputeHandler.Json(HttpStatusCode.OK, """{"kind":"compute#operationAggregatedList","items":{}}""");
        await AdvanceAsync(TimeSpan.FromSeconds(8), delaysStarted: 4);
        await UntilAsync(() => reads.Count >= 5, "the read that succeeds");
        Assert.False(reads.Snapshot()[4].Failed);
        await AdvanceAsync(Interval, delaysStarted: 5);
        await UntilAsync(() => reads.Count >= 6, "the next read, at the interval again");
        Assert.Equal(6, Calls().Count);
    }

    [Fact]
    public async Task Watch_ADeniedRead_IsADenial_AndANewWatcherIsToldAtOnce()
    {
        _answer = () => FakeComputeHandler.Json(HttpStatusCode.Forbidden, FakeComputeHandler.ErrorJson(403, "forbidden", "Required 'compute.globalOperations.list' permission for 'projects/acme-prod'"));
        var reads = new Reads();
        using var watch = _discovery.Watch(Project, "user:helpdesk@example.com", ComputeIdentity.User, Client("helpdesk-token"), reads.Add);
        await UntilAsync(() => reads.Count >= 1, "the first read");
        Assert.True(RunningOperationsDiscovery.IsDenied(reads.Snapshot()[0].Error!));

        var late = new Reads();
        using var second = _discovery.Watch(Project, "user:helpdesk@example.com", ComputeIdentity.User, Client("helpdesk-token"), late.Add);
        Assert.Same(reads.Snapshot()[0], Assert.Single(late.Snapshot()));
        Assert.Single(Calls());
    }

    [Fact]
    public async Task Watch_TwoIdentities_TwoPollers_EachReadingWithItsOwnToken_AndRunningOperationsGoToTheTracker()
    {
        _answer = () => FakeComputeHandler.Json(HttpStatusCode.OK, """
            {"kind":"compute#operationAggregatedList","items":{"global":{"operations":[
            {"kind":"compute#operation","name":"op-rest-1","operationType":"insert","status":"RUNNING","progress":20,
             "targetLink":"https://www.googleapis.com/compute/v1/projects/acme-prod/global/images/imported",
             "selfLink":"https://www.googleapis.com/compute/v1/projects/acme-prod/global/operations/op-rest-1",
             "insertTime":"2026-12-02T03:59:58Z","startTime":"2026-12-02T03:59:59Z","user":"script@example.com"}]}}}
            """);
        var viewer = new Reads();
        var helpdesk = new Reads();
        using var a = _discovery.Watch(Project, "user:viewer@example.com", ComputeIdentity.User, Client("viewer-token"), viewer.Add);
        using var b = _discovery.Watch(Project, "user:helpdesk@example.com", ComputeIdentity.User, Client("helpdesk-token"), helpdesk.Add);
        await UntilAsync(() => viewer.Count >= 1 && helpdesk.Count >= 1, "each person's first read");

        Assert.Equal(2, _discovery.PollerCount);
        Assert.Equal(["helpdesk-token", "viewer-token"], Calls().Select(c => c.Token).Order(StringComparer.Ordinal));
        Assert.Equal(1, viewer.Snapshot()[0].Running);

        // Handed to the tracker once (both polls listed it): followed like any operation, by whoever started it.
        var tracked = Assert.Single(_tracker.GetSnapshot(Project));
        Assert.Equal("op-rest-1", tracked.OperationName);
        Assert.Equal("RUNNING", tracked.Status);
        Assert.Equal(20, tracked.ProgressPercent);
        Assert.Equal("script@example.com", tracked.User);
        await AdvanceAsync(Interval, delaysStarted: 2);
        await UntilAsync(() => viewer.Count >= 2 && helpdesk.Count >= 2, "each person's second read");
        Assert.Single(_tracker.GetSnapshot(Project));
    }

    [Fact]
    public async Task Watch_AnOperationTheConsoleSubmitted_IsLeftToItsSubmitter_OneFromAScriptIsTracked()
    {
        var consoleRequest = Guid.NewGuid();
        var scriptRequest = Guid.NewGuid();
        await new AuditLog(_database, _time).AddAsync(new AuditRecord
        {
            ActorEmail = "operator@example.com",
            ActorRole = "Operator",
            Action = "machineImages.insert",
            Target = "nightly",
            Project = Project,
            RequestId = consoleRequest,
            Outcome = AuditOutcome.Pending,
        }, CancellationToken.None);
        _answer = () => FakeComputeHandler.Json(HttpStatusCode.OK, "{\"kind\":\"compute#operationAggregatedList\",\"items\":{\"global\":{\"operations\":["
            + Running("op-console", consoleRequest) + "," + Running("op-script", scriptRequest) + "]}}}");
        var reads = new Reads();
        using var watch = _discovery.Watch(Project, "serviceAccount", ComputeIdentity.ServiceAccount, Client("sa-token"), reads.Add);
        await UntilAsync(() => reads.Count >= 1, "the first read");
        await AdvanceAsync(Interval, delaysStarted: 1);
        await UntilAsync(() => reads.Count >= 2, "the second read");

        Assert.Equal(2, reads.Snapshot()[1].Running);
        Assert.Equal(["op-script"], _tracker.GetSnapshot(Project).Select(p => p.OperationName));
    }

    private static string Running(string name, Guid requestId) => $$"""
        {"kind":"compute#operation","name":"{{name}}","operationType":"insert","status":"RUNNING","progress":10,"clientOperationId":"{{requestId:D}}",
         "targetLink":"https://www.googleapis.com/compute/v1/projects/acme-prod/global/machineImages/{{name}}",
         "selfLink":"https://www.googleapis.com/compute/v1/projects/acme-prod/global/operations/{{name}}","user":"someone@example.com"}
        """;

    private Compute.ComputeClient Client(string token) => _clients.Create(new DelegateAccessTokenProvider(_ => ValueTask.FromResult(token)));

    private List<(string Path, string Query, string Token)> Calls()
    {
        lock (_calls) return [.. _calls];
    }

    /// <summary>Advances the clock once the pollers have started <paramref name="delaysStarted"/> waits (so none misses it).</summary>
    private async Task AdvanceAsync(TimeSpan by, int delaysStarted)
    {
        await UntilAsync(() => _delays.Created >= delaysStarted, $"{delaysStarted} waits have started");
        _time.Advance(by);
    }

    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Timed out waiting until " + what + ".");
            await Task.Delay(2);
        }
    }

    /// <summary>The discovery's clock: counts the waits its pollers start (each read is followed by one).</summary>
    private sealed class DelayCounter(FakeTimeProvider time) : TimeProvider
    {
        private int _created;

        public int Created => Volatile.Read(ref _created);

        public override DateTimeOffset GetUtcNow() => time.GetUtcNow();

        public override long GetTimestamp() => time.GetTimestamp();

        public override long TimestampFrequency => time.TimestampFrequency;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref _created);
            return time.CreateTimer(callback, state, dueTime, period);
        }
    }

    private sealed class Reads
    {
        private readonly List<DiscoveryRead> _reads = [];

        public int Count
        {
            get { lock (_reads) return _reads.Count; }
        }

        public void Add(DiscoveryRead read)
        {
            lock (_reads) _reads.Add(read);
        }

        public List<DiscoveryRead> Snapshot()
        {
            lock (_reads) return [.. _reads];
        }
    }
}
