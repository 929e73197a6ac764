using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using MachineImagesConsole.Data;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using MachineImagesConsole.TestSupport;
using Microsoft.Playwright;

namespace MachineImagesConsole.ScaleOut.Tests;

/// <summary>
/// Two consoles on one PostgreSQL and one Redis behind the sticky proxy (see <see cref="ScaleOutCluster"/>): sign-ins,
/// live progress and operations cross instances, and an operation survives the death of the instance that started it.
/// </summary>
[Collection(ScaleOutCollection.Name)]
public sealed partial class ScaleOutTests(ScaleOutCluster cluster, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<ScaleOutCluster>
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task SignIn_MadeThroughOneConsole_IsAcceptedByTheOther()
    {
        var (page, served) = await cluster.SignInAsync("viewer@example.com", "machine-images?project=acme-prod");
        var other = served == "console-a" ? cluster.ConsoleB : cluster.ConsoleA;
        var cookies = CookieHeader(await page.Context.CookiesAsync());

        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, new Uri(other.Url, "machine-images?project=acme-prod"));
        withCookie.Headers.Add("Cookie", cookies);
        using var accepted = await http.SendAsync(withCookie);
        using var anonymous = await http.GetAsync(new Uri(other.Url, "machine-images?project=acme-prod"));

        // B decrypts A's cookie with the key ring both read from the console database; without the cookie B asks to sign in.
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("Vera Viewer", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CreateOnA_ViewerOnBWatchesLive_AKilled_BTakesOverToDone()
    {
        var name = "scale-" + Guid.NewGuid().ToString("N")[..8];
        var (operatorPage, operatorConsole) = await cluster.SignInAsync("operator@example.com", "machine-images?project=acme-prod");
        var (viewerPage, viewerConsole) = await SignInElsewhereAsync("viewer@example.com", operatorConsole);
        var owner = cluster.ConsoleNamed(operatorConsole);
        var watcher = cluster.ConsoleNamed(viewerConsole);

        // A script on B: the operations hub, straight on B's port with the viewer's cookies.
        var received = new List<JsonElement>();
        var viewerCookies = CookieHeader(await viewerPage.Context.CookiesAsync());
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(watcher.Url, "hubs/operations"), o => o.Headers["Cookie"] = viewerCookies)
            .Build();
        hub.On<JsonElement>("progress", p => { lock (received) received.Add(p); });
        await hub.StartAsync();
        await hub.InvokeAsync("SubscribeProject", "acme-prod");

        try
        {
            var clock = Stopwatch.StartNew();
            void Step(string what) => output.WriteLine($"{clock.Elapsed.TotalSeconds,6:F1} s  {what}");
            await CreateMachineImageAsync(operatorPage, name);
            Step("submitted on A");
            var tracked = await WaitForAsync(async () =>
            {
                await using var db = cluster.Database();
                return await db.TrackedOperations.AsNoTracking().SingleOrDefaultAsync(o => o.TargetLink != null && o.TargetLink.EndsWith("/machineImages/" + name));
            }, "the create to be tracked");
            // The submitter follows it, also when B's operations page saw it in Compute's list first and tracked it (B's
            // lease lasts until the submitter claims it, an instant later).
            string? lease = null;
            try
            {
                await WaitForAsync(async () => (lease = await LeaseOwnerAsync(tracked.Id)) == operatorConsole ? lease : null, "the create's lease", TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                Assert.Fail($"The create's lease is {lease ?? "nobody's"}'s, not its submitter {operatorConsole}'s.\n{cluster.Diagnostics()}");
            }

            // B's hub client hears of the operation A follows (Redis backplane).
            await WaitForAsync(() => Task.FromResult(HubSaw(received, tracked.OperationName) ? "yes" : null), "progress on B's hub");
            Step("B's hub client saw it");

            // Nobody watches it any more: the script on B leaves, the operator on A and the viewer on B (signed in on the
            // operations page) move to a page without progress. A then only waits on it (operations.wait), with no
            // progress reads (operations.get) in between.
            await hub.StopAsync();
            await operatorPage.GotoAsync(cluster.Proxy.Url + "audit");
            await viewerPage.GotoAsync(cluster.Proxy.Url + "audit");
            Step($"hub stopped, operator and viewer on the audit page; A's progress reads so far {ProgressReadsOf(tracked.OperationName, operatorConsole)}");
            var quiet = await WaitForAsync(() => ProgressReadsSettledAsync(tracked.OperationName, operatorConsole), "A's progress reads to stop once nobody watches");
            Step($"A's progress reads stopped at {quiet}");

            // The viewer on B watches it: A reads it every 500 ms again for them (what B watches is relayed through Redis),
            // and B's circuit gets A's progress through Redis, while A alone reads the operation.
            await viewerPage.GotoAsync(cluster.Proxy.Url + "operations?project=acme-prod");
            var row = viewerPage.Locator($"[data-testid=operation-row][data-operation='{tracked.OperationName}']");
            await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "RUNNING", new() { Timeout = 60_000 });
            var first = await WaitForAsync(async () => ProgressOf(await row.GetAttributeAsync("data-progress")) is > 0 and < 100 and var p ? (int?)p : null, "a progress on B's page");
            var later = await WaitForAsync(async () => ProgressOf(await row.GetAttributeAsync("data-progress")) is > 0 and < 100 and var p && p > first ? (int?)p : null, "the progress on B's page to advance");
            Step($"B's page showed {first}% then {later}%");
            await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "RUNNING");
            await viewerPage.ScreenshotAsync(new() { Path = Paths.Screenshot("scale-out-viewer-on-b-running"), FullPage = true });
            Assert.Equal(operatorConsole, await LeaseOwnerAsync(tracked.Id));
            // Who read the operation from Compute (the wait calls' HTTP spans, by the exporting instance): A, never B.
            await WaitForAsync(() => Task.FromResult(ReadsOf(tracked.OperationName, operatorConsole) > 0 ? "yes" : null), "A's reads of the operation");
            await Task.Delay(TimeSpan.FromSeconds(2)); // B's spans of the same moment are exported too (500 ms batches)
            Assert.Equal(0, ReadsOf(tracked.OperationName, viewerConsole));
            Assert.True(later > first, $"B's page showed {first}% then {later}% while A owned the operation.");
            await WaitForAsync(() => Task.FromResult(ProgressReadsOf(tracked.OperationName, operatorConsole) >= quiet + 3 ? "yes" : null),
                $"A's progress reads to resume for the viewer on B ({quiet} before B's page opened)");
            Step($"A's progress reads resumed: {ProgressReadsOf(tracked.OperationName, operatorConsole)}");

            // A dies mid-way: B takes the operation over as the lease of A's last renewal runs out.
            await owner.KillAsync();
            var killed = Stopwatch.StartNew();
            var lastOfA = await LeaseAsync(tracked.Id);
            Assert.Equal(operatorConsole, lastOfA!.Owner);
            var lastRenewal = lastOfA.ExpiresAt - ScaleOutCluster.LeaseDuration;
            var taken = await WaitForAsync(async () => await LeaseAsync(tracked.Id) is { } l && l.Owner == viewerConsole ? l : null, "B to take the lease");
            var seenAfter = killed.Elapsed;
            Assert.True(taken.AcquiredAt >= lastOfA.ExpiresAt, $"B took the lease at {taken.AcquiredAt:O}, before A's ran out at {lastOfA.ExpiresAt:O}.");
            var afterLastRenewal = taken.AcquiredAt - lastRenewal;
            output.WriteLine($"Take-over: {afterLastRenewal.TotalSeconds:F2} s after A's last renewal ({(taken.AcquiredAt - lastOfA.ExpiresAt).TotalMilliseconds:F0} ms after its lease ran out), seen {seenAfter.TotalSeconds:F2} s after the kill; lease {ScaleOutCluster.LeaseDuration.TotalSeconds} s. B's page showed {first}% then {later}% while A owned it.");
            Assert.True(afterLastRenewal <= ScaleOutCluster.LeaseDuration + ScaleOutCluster.TakeoverAllowance,
                $"B took over {afterLastRenewal} after A's last renewal (lease {ScaleOutCluster.LeaseDuration}, allowance {ScaleOutCluster.TakeoverAllowance}).");
            Assert.True(seenAfter <= ScaleOutCluster.LeaseDuration + ScaleOutCluster.TakeoverAllowance + TimeSpan.FromSeconds(1),
                $"B's take-over was seen {seenAfter} after A was killed.");

            // The viewer's page on B moves to DONE without a reload.
            await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "DONE", new() { Timeout = (float)Generous.TotalMilliseconds });
            await Assertions.Expect(row).ToHaveAttributeAsync("data-progress", "100");
            await viewerPage.ScreenshotAsync(new() { Path = Paths.Screenshot("scale-out-viewer-on-b-done"), FullPage = true });
            await WaitForAsync(() => Task.FromResult(ReadsOf(tracked.OperationName, viewerConsole) > 0 ? "yes" : null), "B's own reads after the take-over");

            var audit = await WaitForAsync(async () =>
            {
                await using var db = cluster.Database();
                var record = await db.AuditRecords.AsNoTracking().SingleAsync(r => r.OperationName == tracked.OperationName);
                return record.Outcome == AuditOutcome.Pending || record.Outcome == AuditOutcome.Submitted ? null : record;
            }, "the audit record to settle");
            Assert.Equal(AuditOutcome.Succeeded, audit.Outcome);
            Assert.Equal(1, await CountMachineImagesAsync(name));

            // The create's trace (exported by A before it died) has the Compute span with its requestId, and its HTTP child.
            var requestId = tracked.RequestId?.ToString("D") ?? audit.RequestId.ToString("D");
            var insert = await WaitForAsync(() => Task.FromResult(cluster.Otlp.Spans.FirstOrDefault(s =>
                s.Name == "compute.machineImages.insert" && s.Attributes.GetValueOrDefault("compute.request_id") == requestId)), "the insert span");
            Assert.Equal("compute.machineImages.insert", insert.Attributes["compute.method"]);
            Assert.Contains(cluster.Otlp.Spans, s => s.TraceId == insert.TraceId && s.ParentSpanId == insert.SpanId);
            Assert.NotEqual(string.Empty, insert.ParentSpanId); // part of the request that submitted it, not a trace of its own

            // B finished it, so B's counters moved; /metrics is for Admins only.
            var (adminPage, _) = await cluster.SignInAsync("admin@example.com", "");
            var metrics = await ScrapeAsync(watcher, CookieHeader(await adminPage.Context.CookiesAsync()));
            Assert.Matches(MetricLine("console_operations_succeeded_total", "operation_kind=\"machineImages.insert\""), metrics);
            Assert.Matches(MetricLine("console_compute_calls_total", "compute_method=\"compute.globalOperations.wait\""), metrics);
            // VMs past their RPO, for the project with the declared policy (its one VM, before or after its first backup).
            Assert.Matches(new Regex("(?m)^console_backups_vms_past_rpo\\{[^}]*project=\"acme-staging\"[^}]*\\} [01]( [0-9]+)?$"), metrics);
            Assert.Matches(new Regex("(?m)^console_circuits_open(_[a-z]+)?(\\{[^}]*\\})? [0-9]+( [0-9]+)?$"), metrics);
            Assert.NotEqual(HttpStatusCode.OK, (await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }).GetAsync(new Uri(watcher.Url, "metrics"))).StatusCode);
            await adminPage.Context.CloseAsync();
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException(ex.Message + "\n" + cluster.Diagnostics(), ex);
        }
        finally
        {
            if (!owner.IsRunning) await owner.StartAsync(); // the other tests of the class want both consoles
            await operatorPage.Context.CloseAsync();
            await viewerPage.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task BackupPolicy_EveryTwoMinutes_FiresOncePerTickAcrossBothInstances()
    {
        // The first tick after the cluster started (at most two minutes away), then a while for a duplicate to show.
        var first = await WaitForAsync(async () =>
        {
            await using var db = cluster.Database();
            return await db.BackupRuns.AsNoTracking()
                .Where(r => r.PolicyName == ScaleOutCluster.BackupPolicyName && r.Trigger == BackupRunTrigger.Schedule)
                .OrderBy(r => r.Id).FirstOrDefaultAsync();
        }, "the policy's first scheduled run", TimeSpan.FromMinutes(4));
        var settled = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < settled) await Task.Delay(500);

        await using var check = cluster.Database();
        var runs = await check.BackupRuns.AsNoTracking()
            .Where(r => r.PolicyName == ScaleOutCluster.BackupPolicyName && r.Trigger == BackupRunTrigger.Schedule).ToListAsync();
        Assert.Contains(runs, r => r.ScheduledFor == first.ScheduledFor);
        Assert.Equal(0, first.ScheduledFor.UtcDateTime.Minute % 2);
        Assert.All(runs.GroupBy(r => r.ScheduledFor), tick => Assert.Single(tick));
        Assert.Single(await check.BackupPolicies.AsNoTracking().Where(p => p.Name == ScaleOutCluster.BackupPolicyName).ToListAsync());
    }

    [Fact]
    public async Task BackupRunNow_PolicyPagesOnBothInstances_ShowTheRunLiveWhicheverInstanceMakesIt()
    {
        // Quartz fires the Run now on either instance; the policy page open on the other one sees it through Redis.
        long policyId;
        await using (var db = cluster.Database())
            policyId = (await db.BackupPolicies.AsNoTracking().SingleAsync(p => p.Name == ScaleOutCluster.BackupPolicyName)).Id;
        var path = $"backups/{policyId}";
        var (operatorPage, operatorConsole) = await cluster.SignInAsync("operator@example.com", path);
        var (viewerPage, viewerConsole) = await SignInElsewhereAsync("viewer@example.com", operatorConsole, path);
        try
        {
            foreach (var page in new[] { operatorPage, viewerPage })
                await Assertions.Expect(page.GetByTestId("policy-summary")).ToBeVisibleAsync(new() { Timeout = (float)Generous.TotalMilliseconds });

            var runNow = operatorPage.GetByTestId("run-now");
            await runNow.FocusAsync();
            await runNow.PressAsync("Enter");
            await Assertions.Expect(operatorPage.GetByTestId("policy-message")).ToContainTextAsync("Run started for", new() { Timeout = (float)Generous.TotalMilliseconds });

            // Neither page is reloaded: each shows the run (the only Run now of this cluster's policy), then its success,
            // as the instance making it changes it.
            foreach (var (page, console) in new[] { (operatorPage, operatorConsole), (viewerPage, viewerConsole) })
            {
                var run = page.GetByTestId("run").Filter(new() { HasText = " · RunNow · " });
                await Assertions.Expect(run).ToHaveAttributeAsync("data-status", "Succeeded", new() { Timeout = (float)Generous.TotalMilliseconds });
                await Assertions.Expect(run.GetByTestId("item-status")).ToHaveTextAsync("Succeeded");
                await page.ScreenshotAsync(new() { Path = Paths.Screenshot($"scale-out-run-now-on-{console}"), FullPage = true });
            }
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException(ex.Message + "\n" + cluster.Diagnostics(), ex);
        }
        finally
        {
            await operatorPage.Context.CloseAsync();
            await viewerPage.Context.CloseAsync();
        }
    }

    private async Task<(IPage Page, string Console)> SignInElsewhereAsync(string email, string notOn, string path = "operations?project=acme-prod")
    {
        for (var attempt = 0; ; attempt++)
        {
            var (page, console) = await cluster.SignInAsync(email, path);
            if (console != notOn) return (page, console);
            await page.Context.CloseAsync();
            if (attempt >= 8) throw new InvalidOperationException($"The proxy kept sending new sessions to {notOn}.");
        }
    }

    private async Task<string?> LeaseOwnerAsync(long trackedOperationId) => (await LeaseAsync(trackedOperationId))?.Owner;

    private async Task<OperationLease?> LeaseAsync(long trackedOperationId)
    {
        await using var db = cluster.Database();
        return await db.OperationLeases.AsNoTracking().SingleOrDefaultAsync(l => l.TrackedOperationId == trackedOperationId);
    }

    /// <summary>HTTP spans an instance exported of Compute reads of the operation (<c>…/operations/NAME</c>, <c>…/NAME/wait</c>).</summary>
    private int ReadsOf(string operationName, string instance)
        => cluster.Otlp.Spans.Count(s => s.Instance == instance
            && s.Attributes.TryGetValue("url.full", out var url) && url.Contains("/operations/" + operationName, StringComparison.Ordinal));

    /// <summary>Of those, the progress reads (<c>operations.get</c>, not <c>…/wait</c>): made only while someone watches.</summary>
    private int ProgressReadsOf(string operationName, string instance)
        => cluster.Otlp.Spans.Count(s => s.Instance == instance
            && s.Attributes.TryGetValue("url.full", out var url) && new Uri(url).AbsolutePath.EndsWith("/operations/" + operationName, StringComparison.Ordinal));

    /// <summary>The count of progress reads once it has not moved for 3 s (spans are exported every 500 ms), else null.</summary>
    private async Task<int?> ProgressReadsSettledAsync(string operationName, string instance)
    {
        var before = ProgressReadsOf(operationName, instance);
        await Task.Delay(TimeSpan.FromSeconds(3)); // a quiet window is what is asserted: no read in it
        return ProgressReadsOf(operationName, instance) == before ? before : null;
    }

    private static int? ProgressOf(string? attribute) => int.TryParse(attribute, out var p) ? p : null;

    private static bool HubSaw(List<JsonElement> received, string operation)
    {
        lock (received) return received.Any(p => p.TryGetProperty("operationName", out var n) && n.GetString() == operation);
    }

    /// <summary>The create wizard, typed and clicked as a person does (db-primary in us-central1-a: 400 GB of disks).</summary>
    private static async Task CreateMachineImageAsync(IPage page, string name)
    {
        await page.GetByTestId("create-button").ClickAsync();
        await CreateWizardWalk.ToReviewAsync(page, name);
        await CreateWizardWalk.SubmitAsync(page);
        await page.ScreenshotAsync(new() { Path = Paths.Screenshot("scale-out-operator-on-a-submitted"), FullPage = true });
    }

    private async Task<int> CountMachineImagesAsync(string name)
    {
        using var http = new HttpClient();
        using var tokenResponse = await http.PostAsync(new Uri(cluster.LocalCloud.Url, "connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "console-automation",
            ["client_secret"] = cluster.AutomationSecret,
            ["scope"] = "https://www.googleapis.com/auth/cloud-platform",
        }));
        tokenResponse.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(cluster.LocalCloud.Url, $"compute/v1/projects/acme-prod/global/machineImages?filter=name%3D{name}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var list = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return list.TryGetProperty("items", out var items) ? items.EnumerateArray().Count(i => i.GetProperty("name").GetString() == name) : 0;
    }

    private static async Task<string> ScrapeAsync(WebProcess console, string cookies)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(console.Url, "metrics"));
        request.Headers.Add("Cookie", cookies);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A Prometheus sample of <paramref name="metric"/> with the label, value at least 1.</summary>
    private static Regex MetricLine(string metric, string label)
        => new($"(?m)^{Regex.Escape(metric)}\\{{[^}}]*{Regex.Escape(label)}[^}}]*\\}} ([1-9][0-9]*(\\.[0-9]+)?|[0-9]*\\.[0-9]*[1-9][0-9]*)( [0-9]+)?$");

    private static string CookieHeader(IReadOnlyList<BrowserContextCookiesResult> cookies)
        => string.Join("; ", cookies.Where(c => c.Domain is "localhost" or ".localhost").Select(c => $"{c.Name}={c.Value}"));

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Generous);
        while (true)
        {
            var value = await probe();
            if (value is not null) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}.");
            await Task.Delay(250);
        }
    }
}
