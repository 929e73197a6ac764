using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Data;
using MachineImagesConsole.Operations;
using MachineImagesConsole.Tests.Data;
using MachineImagesConsole.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MachineImagesConsole.Tests.Operations;

/// <summary>
/// Issue #14's read budget: a watched operation is read with <c>operations.get</c> every 500 ms, one nobody watches only
/// with <c>operations.wait</c> (which, like Google's, answers at DONE or after two minutes). Counted on a fake Compute over
/// fake time: the tracker, its poller and the client are the production ones.
/// </summary>
#pragma warning disable CA1001 // xunit disposes the fields through IAsyncLifetime.DisposeAsync
public sealed partial class AdaptiveReadsTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private const string Project = "acme-prod";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly ConcurrentDictionary<string, TimeSpan> _doneAt = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Read> _reads = new();
    private DateTimeOffset _t0;
    private TestDatabase _database = null!;
    private PollDelayCounter _delays = null!;
    private FakeComputeHandler _handler = null!;
    private OperationTracker _tracker = null!;

    private readonly CancellationTokenSource _stop = new();

    /// <summary>One call Compute received (a wait is counted when it arrives; <see cref="AnsweredDone"/> once it answers).</summary>
    private sealed class Read(string operation, string method, TimeSpan at, bool answeredDone)
    {
        public string Operation { get; } = operation;

        public string Method { get; } = method;

        public TimeSpan At { get; } = at;

        public bool AnsweredDone { get; set; } = answeredDone;
    }

    public async Task InitializeAsync()
    {
        _t0 = _time.GetUtcNow();
        _database = await TestDatabase.CreateAsync();
        _delays = new PollDelayCounter(_time, PollInterval);
        _handler = new FakeComputeHandler(RespondAsync);
        var services = new ServiceCollection()
            .AddKeyedSingleton<IAccessTokenProvider>(ComputeIdentityKeys.ServiceAccount, new DelegateAccessTokenProvider(_ => ValueTask.FromResult("sa-token")))
            .BuildServiceProvider();
        var options = Options.Create(new OperationTrackingOptions { ProgressPollInterval = PollInterval, MinUpdateInterval = TimeSpan.Zero });
        var waiter = new ComputeOperationWaiter(new FakeComputeClientFactory(_handler), new ServiceAccountPollingCredentials(services), options, _delays);
        _tracker = new OperationTracker(_database, waiter, [], _delays, options, NullLogger<OperationTracker>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync(); // waits still blocked on the fake clock give up
        await _tracker.DisposeAsync();
        _stop.Dispose();
        _handler.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Tracker_TwentyOperationsTwoWatched_StaysUnder300ReadsPerMinute_WatchedRead500ms_UnwatchedDoneThroughWait()
    {
        var watched = new[] { "op-00", "op-01" };
        var unwatched = Enumerable.Range(2, 18).Select(i => $"op-{i:00}").ToArray();
        foreach (var name in watched) _doneAt[name] = TimeSpan.FromSeconds(70);
        for (var i = 0; i < unwatched.Length; i++) _doneAt[unwatched[i]] = TimeSpan.FromSeconds(10 + 2 * i); // 10 s … 44 s

        using var watch0 = _tracker.Watch(Project, watched[0]);
        using var watch1 = _tracker.Watch(Project, watched[1]);
        foreach (var name in watched.Concat(unwatched)) await _tracker.TrackAsync(Pending(name), Start(), default);

        await UntilAsync(() => watched.Concat(unwatched).All(n => ReadsOf(n, "POST").Any()), "every operation is waited on");
        await AdvanceToAsync(TimeSpan.FromMinutes(1), watched);

        var inTheMinute = _reads.Where(r => r.At < TimeSpan.FromMinutes(1)).ToList();
        Assert.True(inTheMinute.Count < 300, $"{inTheMinute.Count} reads in one minute for {Project} (gets {inTheMinute.Count(r => r.Method == "GET")}, waits {inTheMinute.Count(r => r.Method == "POST")}).");
        foreach (var name in watched)
        {
            var gets = ReadsOf(name, "GET").Where(r => r.At < TimeSpan.FromMinutes(1)).Select(r => r.At).ToList();
            Assert.True(gets.Count >= 100, $"{name} was read {gets.Count} times in a minute while watched (at {string.Join(", ", gets.Take(5))}; "
                + $"waits at {string.Join(", ", ReadsOf(name, "POST").Select(r => r.At))}; state {_tracker.GetSnapshot(Project, name).SingleOrDefault()}; delays {_delays.Created}, gets {PendingGets()}).");
            var widest = gets.Zip(gets.Skip(1), (a, b) => b - a).Max();
            Assert.True(widest <= PollInterval + Step, $"{name}: {widest.TotalMilliseconds} ms between two reads while watched.");
            Assert.False(_tracker.GetSnapshot(Project, name).Single().Done);
        }

        foreach (var name in unwatched)
        {
            var done = await _tracker.WhenDoneAsync(Project, name, default).WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(done.Done && !done.Failed);
            Assert.Empty(ReadsOf(name, "GET"));
            var waits = ReadsOf(name, "POST").ToList();
            Assert.InRange(waits.Count, 1, 2);
            Assert.True(waits[^1].AnsweredDone, $"{name} did not reach DONE through operations.wait.");
        }
    }

    [Fact]
    public async Task Tracker_WatcherComesAndGoes_ReadsOnlyWhileWatched_ThenDoneThroughWait()
    {
        _doneAt["op-sw"] = TimeSpan.FromSeconds(40);
        await _tracker.TrackAsync(Pending("op-sw"), Start(), default);
        await UntilAsync(() => ReadsOf("op-sw", "POST").Any(), "the operation is waited on");

        await AdvanceToAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(ReadsOf("op-sw", "GET"));
        Assert.False(_tracker.IsWatched(Project, "op-sw"));

        var watching = _tracker.Watch(Project, null); // e.g. the Operations page of the project opens
        Assert.True(_tracker.IsWatched(Project, "op-sw"));
        await AdvanceToAsync(TimeSpan.FromSeconds(20), "op-sw");
        watching.Dispose(); // … and closes
        Assert.False(_tracker.IsWatched(Project, "op-sw"));
        await AdvanceToAsync(TimeSpan.FromSeconds(45));

        var gets = ReadsOf("op-sw", "GET").Select(r => r.At).ToList();
        Assert.InRange(gets.Count, 17, 22); // 10 s of 500 ms reads
        Assert.All(gets, at => Assert.InRange(at, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20) + PollInterval + Step));
        var done = await _tracker.WhenDoneAsync(Project, "op-sw", default).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(done.Done);
        Assert.True(ReadsOf("op-sw", "POST").Last().AnsweredDone);
    }

    [Fact]
    public void HubWatchers_SubscribeUnsubscribeDisconnect_WatchWhileSubscribed()
    {
        var hub = new OperationHubWatchers(_tracker);

        hub.Add("connection-1", Project, "op-h");
        hub.Add("connection-1", Project, "op-h"); // subscribing twice is one watch
        Assert.True(_tracker.IsWatched(Project, "op-h"));
        hub.Add("connection-2", Project, null);
        hub.Remove("connection-1", Project, "op-h");
        Assert.True(_tracker.IsWatched(Project, "op-h")); // connection 2 watches the whole project
        Assert.False(_tracker.IsWatched("other-project", "op-h"));
        hub.RemoveAll("connection-2"); // disconnected
        Assert.False(_tracker.IsWatched(Project, "op-h"));
    }

    // ---- fake time, stepped so that every watched poll loop has read and parked on its next delay before time moves on ----

    private async Task AdvanceToAsync(TimeSpan until, params string[] watched)
    {
        while (true)
        {
            // A watched operation has been read within the last interval (its timer fired at this very fake time), and
            // every read was followed by the loop's next delay: nothing is in flight when the clock moves.
            await UntilAsync(() => watched.All(n => ReadsOf(n, "GET").Any(r => r.At > Now - PollInterval)) && _delays.Created >= PendingGets(),
                "every watched operation was read and its poll loop parked again");
            if (Now >= until) return;
            _time.Advance(Step);
        }
    }

    /// <summary>Gets answered with a state that is not DONE: each is followed by one 500 ms delay of its poll loop.</summary>
    private int PendingGets() => _reads.Count(r => r.Method == "GET" && !r.AnsweredDone);

    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Timed out waiting until " + what + ".");
            await Task.Delay(2);
        }
    }

    private TimeSpan Now => _time.GetUtcNow() - _t0;

    private IEnumerable<Read> ReadsOf(string operation, string method) => _reads.Where(r => r.Operation == operation && r.Method == method);

    private async Task<HttpResponseMessage> RespondAsync(HttpRequestMessage request)
    {
        var match = OperationPath().Match(request.RequestUri!.AbsolutePath);
        Assert.True(match.Success, request.RequestUri.AbsolutePath);
        var name = match.Groups["name"].Value;
        var doneAt = _doneAt[name];
        if (request.Method == HttpMethod.Post)
        {
            // operations.wait: answers at DONE or after two minutes, with the operation as it stands.
            var at = Now;
            var until = doneAt < at + TimeSpan.FromMinutes(2) ? doneAt : at + TimeSpan.FromMinutes(2);
            var answer = until > at ? Task.Delay(until - at, _time, _stop.Token) : Task.CompletedTask;
            var read = new Read(name, "POST", at, false);
            _reads.Enqueue(read); // recorded once its clock is armed: the test moves time only after it sees the wait
            await answer;
            var done = Now >= doneAt;
            read.AnsweredDone = done;
            return FakeComputeHandler.Json(HttpStatusCode.OK, FakeComputeHandler.OperationJson(name, done ? "DONE" : "RUNNING"));
        }

        var isDone = Now >= doneAt;
        var response = FakeComputeHandler.Json(HttpStatusCode.OK, FakeComputeHandler.OperationJson(name, isDone ? "DONE" : "RUNNING"));
        _reads.Enqueue(new Read(name, "GET", Now, isDone));
        return response;
    }

    private static OperationSnapshot Pending(string name) => new()
    {
        Name = name,
        Scope = OperationScopes.Global,
        Status = "PENDING",
        OperationType = "insert",
        TargetLink = $"https://www.googleapis.com/compute/v1/projects/{Project}/global/machineImages/{name}",
    };

    private static OperationStart Start() => new(Project, "operator@example.com", Guid.NewGuid(), null, ComputeIdentity.ServiceAccount);

    [GeneratedRegex(@"/projects/[^/]+/global/operations/(?<name>[^/]+)(/wait)?$")]
    private static partial Regex OperationPath();

    /// <summary>The fake clock, counting the poll loop's delays (timers of exactly the poll interval) as they are made.</summary>
    private sealed class PollDelayCounter(FakeTimeProvider time, TimeSpan interval) : TimeProvider
    {
        private int _created;

        public int Created => Volatile.Read(ref _created);

        public override DateTimeOffset GetUtcNow() => time.GetUtcNow();

        public override long GetTimestamp() => time.GetTimestamp();

        public override long TimestampFrequency => time.TimestampFrequency;

        public override TimeZoneInfo LocalTimeZone => time.LocalTimeZone;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime == interval) Interlocked.Increment(ref _created);
            return time.CreateTimer(callback, state, dueTime, period);
        }
    }
}
