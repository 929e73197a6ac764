using System.Security.Claims;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using MachineImagesConsole.LocalCloud.Faults;
using MachineImagesConsole.Model.Operations;
using MachineImagesConsole.Tests.Hub;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Operations;

/// <summary>
/// The shared discovery of running operations against the real console and LocalCloud (timed simulation): an operation
/// started straight through Compute's REST API, which the console did not start and does not track, shows on a watched
/// Operations page and moves there although the page's own list refresh is turned off; pages of one project and identity
/// share one poller, which stops when the last page leaves; with per-person identity each person's poll runs with that
/// person's token and tells only that person.
/// </summary>
public sealed class RunningOperationsDiscoveryTests
{
    /// <summary>Far longer than any test: a page's own list refresh never finds the operation in these tests.</summary>
    private static readonly TimeSpan NoListRefresh = TimeSpan.FromHours(1);

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Discovery_OperationStartedThroughRest_AppearsAndMovesOnAWatchedPageWithoutTheListRefresh()
    {
        await using var console = await RunningConsole.StartAsync(secondsPerHundredGb: 5);
        await using var page = await OperationsPage.OpenAsync(console, "viewer@example.com", "Viewer", "acme-prod");
        await page.UntilAsync(f => f.Board is not null && f.Live, "the page has listed the project and is live");
        var discovery = console.Services.GetRequiredService<RunningOperationsDiscovery>();
        Assert.True(discovery.IsPolling("acme-prod", "user:viewer@example.com")); // per-person identity, the default

        // An image import through REST (300 GB: about 15 s), as a script or gcloud would start it: the console does not track it.
        var name = "rest-import-" + Guid.NewGuid().ToString("N")[..6];
        var started = await console.ServiceAccountCompute().Images.InsertAsync("acme-prod", Import(name, 300), requestId: Guid.NewGuid());

        // Found by the shared poll (the list refresh is an hour away), handed to the tracker, and on the page through its stream.
        var row = await page.UntilAsync(f => f.Board?.Find("global/" + started.Name) is { InFlight: true } r ? r : null, "the import shows on the page, running");
        Assert.Equal("insert", row.Type);
        Assert.Contains(name, row.TargetLink, StringComparison.Ordinal);
        Assert.Single(console.Tracker.GetSnapshot("acme-prod", started.Name));

        await page.UntilAsync(f => f.Board?.Find("global/" + started.Name) is { Progress: var p } && p > row.Progress ? f : null, "its progress moves on the page");
        var done = await page.UntilAsync(f => f.Board?.Find("global/" + started.Name) is { Done: true } r ? r : null, "it reaches DONE on the page");
        Assert.Equal(100, done.Progress);
        Assert.Empty(done.ErrorReasons);
        Assert.Null(page.Read(f => f.DiscoveryProblem));
    }

    [Fact]
    public async Task Discovery_TwoPagesOfOneProject_ShareOnePoller_WhichStopsWhenTheLastLeaves()
    {
        await using var console = await RunningConsole.StartAsync(settings: new Dictionary<string, string?> { ["Console:Compute:Identity"] = "ServiceAccount" });
        var discovery = console.Services.GetRequiredService<RunningOperationsDiscovery>();
        var before = discovery.PollerCount;

        var first = await OperationsPage.OpenAsync(console, "viewer@example.com", "Viewer", "acme-dr");
        var second = await OperationsPage.OpenAsync(console, "operator@example.com", "Operator", "acme-dr");
        await first.UntilAsync(f => f.Board is not null, "the first page has listed the project");
        await second.UntilAsync(f => f.Board is not null, "the second page has listed the project");
        var readsBefore = discovery.Reads;
        await first.UntilAsync(_ => discovery.Reads >= readsBefore + 3 ? true : (bool?)null, "the poller reads again");

        // Service-account identity: both people share the console's view, so one poller serves both pages.
        Assert.True(discovery.IsPolling("acme-dr", "serviceAccount"));
        Assert.Equal(before + 1, discovery.PollerCount);

        await first.DisposeAsync();
        Assert.True(discovery.IsPolling("acme-dr", "serviceAccount"));

        await second.DisposeAsync();
        Assert.False(discovery.IsPolling("acme-dr", "serviceAccount"));
        Assert.Equal(before, discovery.PollerCount);
    }

    [Fact]
    public async Task Discovery_PerPersonIdentity_EachPersonPollsWithTheirOwnTokenAndSeesOnlyWhatTheyMayRead()
    {
        await using var console = await RunningConsole.StartAsync(settings: new Dictionary<string, string?> { ["Console:Compute:Identity"] = "User" });
        var discovery = console.Services.GetRequiredService<RunningOperationsDiscovery>();

        // acme-staging: the viewer may read its operations; the help-desk person may not (LocalCloud's demo IAM).
        await using var viewer = await OperationsPage.OpenAsync(console, "viewer@example.com", "Viewer", "acme-staging");
        await using var helpdesk = await OperationsPage.OpenAsync(console, "helpdesk@example.com", "HelpDesk", "acme-staging");
        await viewer.UntilAsync(f => f.Board is not null && f.Live, "the viewer's page lists the project");
        var refused = await helpdesk.UntilAsync(f => f.Error, "the help-desk person's page says why it shows nothing");
        Assert.Equal("compute.globalOperations.list", refused.MissingPermission);

        Assert.True(discovery.IsPolling("acme-staging", "user:viewer@example.com"));
        Assert.True(discovery.IsPolling("acme-staging", "user:helpdesk@example.com"));

        // The help-desk person's own poll runs with their token: every read of acme-staging is refused.
        var helpdeskReads = new List<DiscoveryRead>();
        using (discovery.Watch("acme-staging", "user:helpdesk@example.com", ComputeIdentity.User, helpdesk.Client, r => { lock (helpdeskReads) helpdeskReads.Add(r); }))
        {
            var name = "staging-import-" + Guid.NewGuid().ToString("N")[..6];
            var started = await console.ServiceAccountCompute().Images.InsertAsync("acme-staging", Import(name, 200), requestId: Guid.NewGuid());

            // The viewer's poll finds it and their page follows it.
            await viewer.UntilAsync(f => f.Board?.Find("global/" + started.Name) is { InFlight: true } ? true : (bool?)null, "the import shows on the viewer's page");
            await viewer.UntilAsync(f => f.Board?.Find("global/" + started.Name) is { Done: true } ? true : (bool?)null, "it reaches DONE on the viewer's page");

            lock (helpdeskReads)
            {
                Assert.NotEmpty(helpdeskReads);
                Assert.All(helpdeskReads, r => Assert.True(r.Failed && RunningOperationsDiscovery.IsDenied(r.Error!), $"a help-desk read was {r}"));
            }
        }

        // Nothing of acme-staging ever reached the help-desk person's page, although the tracker followed the import.
        Assert.Null(helpdesk.Read(f => f.Board));
        Assert.NotNull(helpdesk.Read(f => f.Error));

        // Where the help-desk person may read (acme-prod), their own poll succeeds: it is their token, not the console's.
        var allowed = new TaskCompletionSource<DiscoveryRead>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (discovery.Watch("acme-prod", "user:helpdesk@example.com", ComputeIdentity.User, helpdesk.Client, r => allowed.TrySetResult(r)))
        {
            var read = await allowed.Task.WaitAsync(Deadline);
            Assert.False(read.Failed, read.Error?.Message);
        }
    }

    [Fact]
    public async Task Discovery_ComputeFailsAfterThePageListed_A503Warns_ADenialHidesTheRowsAndSaysWhy()
    {
        await using var console = await RunningConsole.StartAsync();
        await using var page = await OperationsPage.OpenAsync(console, "viewer@example.com", "Viewer", "acme-prod");
        await page.UntilAsync(f => f.Board is not null && f.Live, "the page has listed the project and is live");
        var faults = console.Instance!.LocalCloud!.Services.GetRequiredService<FaultInjector>();

        // A passing failure: a warning beside the rows, which stay.
        faults.Configure(AggregatedListFails(503));
        var problem = await page.UntilAsync(f => f.DiscoveryProblem, "the page warns that new operations cannot be checked");
        Assert.Equal(503, problem.Error.StatusCode);
        Assert.NotNull(problem.RetryIn);
        Assert.NotNull(page.Read(f => f.Board));
        Assert.Null(page.Read(f => f.Error));

        // A denial: this identity may not read the project's operations any more, so none of them is shown, only why.
        faults.Configure(AggregatedListFails(403));
        var error = await page.UntilAsync(f => f.Error, "the page shows why it shows nothing");
        Assert.Equal(403, error.StatusCode);
        Assert.Null(page.Read(f => f.DiscoveryProblem));

        // Compute answers again: the page's Retry lists the project, and the next poll has nothing to warn about.
        faults.Clear();
        await page.Feed.RefreshAsync();
        await page.UntilAsync(f => f.Error is null && f.Board is not null && f.DiscoveryProblem is null, "the page recovers");
    }

    private static FaultOptions AggregatedListFails(int status)
    {
        var options = new FaultOptions();
        options.Rules.Add(new FaultRule { Method = "compute.globalOperations.aggregatedList", Fault = FaultKind.ErrorBeforeCommit, Status = status });
        return options;
    }

    private static Image Import(string name, long sizeGb) => new()
    {
        Name = name,
        RawDisk = new RawDisk { Source = "gs://test-bucket/disk.tar.gz" },
        DiskSizeGb = sizeGb,
    };

    /// <summary>
    /// One person's Operations page without a browser: the console's own scoped <see cref="OperationsFeed"/> in a DI scope
    /// like a circuit's, signed in as the person (through LocalCloud's sign-in when identity is per person, so its Compute
    /// client carries the person's token). Board changes run under one lock, as a renderer would serialize them.
    /// </summary>
    private sealed class OperationsPage : IAsyncDisposable
    {
        private readonly AsyncServiceScope _scope;
        private readonly Lock _gate = new();
        private int _disposed;

        private OperationsPage(AsyncServiceScope scope, OperationsFeed feed, Compute.ComputeClient client)
        {
            _scope = scope;
            Feed = feed;
            Client = client;
        }

        public OperationsFeed Feed { get; }

        public Compute.ComputeClient Client { get; }

        public static async Task<OperationsPage> OpenAsync(RunningConsole console, string email, string role, string project)
        {
            await console.SignInAsync(email);
            var factory = console.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            var session = await db.UserSessions.AsNoTracking().Where(s => s.Email == email).OrderByDescending(s => s.CreatedAt).FirstAsync();
            var principal = new ClaimsPrincipal(new ClaimsIdentity(
                [
                    new Claim(ConsoleClaimTypes.Subject, session.Subject),
                    new Claim(ConsoleClaimTypes.SessionId, session.Id),
                    new Claim(ConsoleClaimTypes.Email, email),
                    new Claim(ConsoleClaimTypes.Name, email),
                    new Claim(ConsoleRoles.ClaimType, role),
                ],
                "test", ConsoleClaimTypes.Name, ConsoleRoles.ClaimType));

            var scope = console.Services.CreateAsyncScope();
            var state = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
            state.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
            var navigation = (Microsoft.AspNetCore.Components.Routing.IHostEnvironmentNavigationManager)scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
            navigation.Initialize(console.BaseUrl.AbsoluteUri, new Uri(console.BaseUrl, "operations?project=" + project).AbsoluteUri);
            var feed = scope.ServiceProvider.GetRequiredService<OperationsFeed>();
            feed.RefreshInterval = NoListRefresh;
            var page = new OperationsPage(scope, feed, scope.ServiceProvider.GetRequiredService<MachineImagesConsole.Model.ComputeSession>().Client);
            feed.Follow(project, page.DispatchAsync);
            return page;
        }

        public T Read<T>(Func<OperationsFeed, T> read)
        {
            lock (_gate) return read(Feed);
        }

        /// <summary>Waits (generously) until <paramref name="probe"/> gives a value.</summary>
        public async Task<T> UntilAsync<T>(Func<OperationsFeed, T?> probe, string what)
        {
            var deadline = DateTime.UtcNow + Deadline;
            while (true)
            {
                var value = Read(probe);
                if (value is not null && value is not false) return value;
                if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting until {what} (error: {Read(f => f.Error?.Message)}; problem: {Read(f => f.DiscoveryProblem?.Error.Message)}).");
                await Task.Delay(25);
            }
        }

        private Task DispatchAsync(Action action)
        {
            lock (_gate) action();
            return Task.CompletedTask;
        }

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
            await _scope.DisposeAsync(); // disposes the feed, as the end of a circuit does
        }
    }
}
