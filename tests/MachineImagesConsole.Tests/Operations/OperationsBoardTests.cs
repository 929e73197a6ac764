using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Operations;
using MachineImagesConsole.Operations;

namespace MachineImagesConsole.Tests.Operations;

public sealed class OperationsBoardTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static Operation Listed(string name, string status, int progress, string target = "machineImages/nightly", string? zone = null, string user = "operator@example.com", string? error = null) => new()
    {
        Name = name,
        Status = status,
        Progress = progress,
        OperationType = "insert",
        TargetLink = $"https://compute.googleapis.com/compute/v1/projects/acme-prod/{(zone is null ? "global" : "zones/" + zone)}/{target}",
        Zone = zone is null ? null : "https://compute.googleapis.com/compute/v1/projects/acme-prod/zones/" + zone,
        SelfLink = "https://compute.googleapis.com/compute/v1/projects/acme-prod/global/operations/" + name,
        User = user,
        InsertTime = "2025-03-01T11:59:00Z",
        StartTime = "2025-03-01T11:59:30Z",
        EndTime = status == "DONE" ? "2025-03-01T11:59:50Z" : null,
        Error = error is null ? null : new OperationError { Errors = [new OperationErrorItem { Code = error, Message = "No capacity." }] },
    };

    private static OperationProgress Live(string name, string status, int progress, bool done = false, params string[] errors)
        => new("acme-prod", name, "global", "insert", "https://compute.googleapis.com/compute/v1/projects/acme-prod/global/machineImages/nightly",
            status, progress, TimeSpan.FromSeconds(20), errors, errors.Length > 0 ? "It failed." : null, "operator@example.com", done);

    [Fact]
    public void SetListed_MixedScopes_InFlightFirstThenNewestWithTargetsAndElapsed()
    {
        var board = new OperationsBoard("acme-prod");

        board.SetListed([Listed("op-done", "DONE", 100), Listed("op-run", "RUNNING", 40, "instances/web-1", zone: "us-central1-a")], Now);

        var rows = board.Rows(OperationsQuery.Empty);
        Assert.Equal(["op-run", "op-done"], rows.Select(r => r.Name));
        Assert.Equal("zones/us-central1-a", rows[0].Scope);
        Assert.Equal("us-central1-a", rows[0].Location);
        Assert.Equal("instance web-1 (us-central1-a)", rows[0].Target!.Display);
        Assert.Null(rows[0].Target!.ConsolePath);
        Assert.Equal("machine-images/nightly?project=acme-prod", rows[1].Target!.ConsolePath);
        Assert.Equal(TimeSpan.FromSeconds(20), rows[1].Elapsed);
        Assert.Equal(TimeSpan.FromSeconds(30), rows[0].Elapsed);
        Assert.Single(board.Untracked);
    }

    [Fact]
    public void Apply_TrackerUpdate_OverridesListingAndReportsThePreviousState()
    {
        var board = new OperationsBoard("acme-prod");
        board.SetListed([Listed("op-1", "PENDING", 0)], Now);

        var previous = board.Apply(Live("op-1", "RUNNING", 55));
        var finished = board.Apply(Live("op-1", "DONE", 100, done: true));

        Assert.Equal("PENDING", previous!.Status);
        Assert.Equal("RUNNING", finished!.Status);
        var row = Assert.Single(board.Rows(OperationsQuery.Empty));
        Assert.True(row.Done);
        Assert.True(row.Tracked);
        Assert.Equal(100, row.Progress);
        Assert.Empty(board.Untracked);
    }

    [Fact]
    public void SetListed_AfterTrackerIsAhead_KeepsTheLiveState()
    {
        var board = new OperationsBoard("acme-prod");
        board.Apply(Live("op-1", "RUNNING", 70));

        board.SetListed([Listed("op-1", "RUNNING", 20)], Now);

        Assert.Equal(70, Assert.Single(board.Rows(OperationsQuery.Empty)).Progress);
    }

    [Fact]
    public void Apply_OtherProject_IsIgnored()
    {
        var board = new OperationsBoard("acme-prod");

        Assert.Null(board.Apply(Live("op-1", "RUNNING", 10) with { Project = "acme-dr" }));
        Assert.Equal(0, board.Count);
    }

    [Theory]
    [InlineData("?status=ACTIVE", new[] { "op-run" })]
    [InlineData("?status=failed", new[] { "op-failed" })]
    [InlineData("?status=DONE", new[] { "op-done", "op-failed" })]
    [InlineData("?type=INSERT&user=automation", new[] { "op-done" })]
    [InlineData("?target=web-1", new[] { "op-run" })]
    [InlineData("?status=bogus", new[] { "op-run", "op-done", "op-failed" })]
    public void Rows_Filters_FromTheUrl(string query, string[] expected)
    {
        var board = new OperationsBoard("acme-prod");
        board.SetListed(
        [
            Listed("op-done", "DONE", 100, user: "console-automation@localcloud.iam.gserviceaccount.com"),
            Listed("op-failed", "DONE", 30, "instances/db-1", zone: "us-east1-b", error: "ZONE_RESOURCE_POOL_EXHAUSTED"),
            Listed("op-run", "RUNNING", 40, "instances/web-1", zone: "us-central1-a"),
        ], Now);

        var rows = board.Rows(OperationsQuery.Parse("https://console.test/operations" + query + "&project=acme-prod"));

        Assert.Equal(expected, rows.Select(r => r.Name));
    }

    [Fact]
    public void Failed_ListedWithError_ShowsReasonAndMessage()
    {
        var board = new OperationsBoard("acme-prod");
        board.SetListed([Listed("op-failed", "DONE", 30, error: "QUOTA_EXCEEDED")], Now);

        var row = Assert.Single(board.Rows(OperationsQuery.Empty));

        Assert.True(row.Failed);
        Assert.Equal("FAILED", row.Outcome);
        Assert.Equal(["QUOTA_EXCEEDED"], row.ErrorReasons);
        Assert.Equal("No capacity.", row.ErrorMessage);
        Assert.Equal(30, row.Progress);
    }

    [Fact]
    public void Query_RoundTrip_KeepsEveryFilter()
    {
        var query = OperationsQuery.Parse("/operations?project=p&status=running&type=delete&target=nightly&user=ops%40example.com");

        Assert.Equal(new OperationsQuery { Status = "RUNNING", Type = "delete", Target = "nightly", User = "ops@example.com" }, query);
        Assert.Equal("RUNNING", query.ToQueryParameters()[OperationsQuery.StatusKey]);
        Assert.True(OperationsQuery.Parse("/operations?project=p").IsEmpty);
    }

    [Theory]
    [InlineData("https://compute.googleapis.com/compute/v1/projects/acme-prod/global/images/app-v2", "images", "app-v2", null)]
    [InlineData("http://localhost:5081/compute/v1/projects/acme-prod/zones/us-central1-a/instances/web-1", "instances", "web-1", "us-central1-a")]
    [InlineData("https://compute.googleapis.com/compute/v1/projects/acme-prod/global", null, null, null)]
    [InlineData("not a link", null, null, null)]
    public void Target_Parse_ReadsCollectionNameAndLocation(string link, string? collection, string? name, string? location)
    {
        var target = OperationTarget.Parse(link);

        Assert.Equal(collection, target?.Collection);
        Assert.Equal(name, target?.Name);
        Assert.Equal(location, target?.Location);
    }

    [Theory]
    [InlineData(5, "5 s")]
    [InlineData(65, "1 min 05 s")]
    [InlineData(3_720, "1 h 02 min")]
    [InlineData(90_000, "1 d 1 h")]
    [InlineData(-3, "0 s")]
    public void Format_Elapsed_IsShortAndPlain(int seconds, string expected)
        => Assert.Equal(expected, OperationFormat.Elapsed(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Apply_TrackedBeforeComputeListsIt_StartTimeIsKnownWhileItRuns()
    {
        var board = new OperationsBoard("acme-prod");

        board.Apply(Live("op-1", "RUNNING", 30), Now);

        var row = board.Rows(OperationsQuery.Empty).Single();
        Assert.Equal(Now - TimeSpan.FromSeconds(20), row.Started);
        Assert.True(row.InFlight);
    }

    [Fact]
    public void SetListed_TrackerAheadOfTheListing_KeepsTheLiveStateAndTakesComputesStartTime()
    {
        var board = new OperationsBoard("acme-prod");
        board.Apply(Live("op-1", "RUNNING", 60));

        board.SetListed([Listed("op-1", "RUNNING", 10)], Now);

        var row = board.Rows(OperationsQuery.Empty).Single();
        Assert.Equal(60, row.Progress);
        Assert.Equal(DateTimeOffset.Parse("2025-03-01T11:59:30Z", System.Globalization.CultureInfo.InvariantCulture), row.Started);
        Assert.True(row.Tracked);
        Assert.Empty(board.Untracked);
    }

    [Theory]
    [InlineData("insert", "machineImages/nightly", null, "Create machine image nightly")]
    [InlineData("delete", "images/web-v1", null, "Delete image web-v1")]
    [InlineData("setLabels", "images/web-v1", null, "Set labels of image web-v1")]
    [InlineData("deprecate", "images/web-v1", null, "Deprecate image web-v1")]
    [InlineData("insert", "instances/web-1", "us-central1-a", "Create instance web-1 (us-central1-a)")]
    public void Title_NamesTheRowByKindAndTarget(string type, string target, string? zone, string title)
    {
        var board = new OperationsBoard("acme-prod");
        var listed = Listed("operation-1700000000000-abc", "RUNNING", 5, target, zone);
        listed.OperationType = type;

        board.SetListed([listed], Now);

        var row = board.Rows(OperationsQuery.Empty).Single();
        Assert.Equal(title, row.Title);
        Assert.DoesNotContain("operation-", row.Title, StringComparison.Ordinal);
    }
}
