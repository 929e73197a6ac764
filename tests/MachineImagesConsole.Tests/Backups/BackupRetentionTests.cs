using System.Globalization;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Backups;

namespace MachineImagesConsole.Tests.Backups;

/// <summary>A policy's retention with the one planner: exactly the configured set is kept; protected and foreign images never go.</summary>
public sealed class BackupRetentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static BackupPolicy Policy(Action<BackupPolicy> change)
    {
        var policy = new BackupPolicy { Id = 7, Name = "nightly", Project = "acme-prod" };
        change(policy);
        return policy;
    }

    private static MachineImage Image(string name, double daysAgo, string? policy = "nightly", string source = "web-1", bool protect = false, string status = "READY")
    {
        var labels = new Dictionary<string, string>();
        if (policy is not null) labels[BackupPolicyRules.PolicyLabel] = policy;
        labels[BackupPolicyRules.SourceLabel] = source;
        if (protect) labels["protected"] = "true";
        return new MachineImage
        {
            Name = name,
            Status = status,
            CreationTimestamp = Now.AddDays(-daysAgo).ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture),
            SourceInstance = $"https://compute.googleapis.com/compute/v1/projects/acme-prod/zones/us-central1-a/instances/{source}",
            Labels = labels,
        };
    }

    private static IReadOnlyList<string> Deleted(BackupPolicy policy, IEnumerable<MachineImage> images, params string[] consoleProtected)
        => BackupRetention.Plan(policy, "web-1", images, consoleProtected.ToHashSet(), Now).ToDelete;

    [Fact]
    public void KeepLast_KeepsExactlyTheNewestN()
    {
        var images = Enumerable.Range(0, 6).Select(i => Image($"b{i}", i)).ToList();
        Assert.Equal(["b3", "b4", "b5"], Deleted(Policy(p => p.KeepLast = 3), images));
    }

    [Fact]
    public void OlderThanDays_DeletesOnlyWhatIsOlder()
    {
        var images = Enumerable.Range(0, 6).Select(i => Image($"b{i}", i * 10)).ToList();
        Assert.Equal(["b4", "b5"], Deleted(Policy(p => p.OlderThanDays = 30), images));
    }

    [Fact]
    public void KeepDailyWeeklyMonthly_KeepsTheNewestOfEachBucket()
    {
        // One backup a day for 70 days: keep 3 daily (days 0–2), 2 weekly (newest of this ISO week and the last), 2 monthly.
        var images = Enumerable.Range(0, 70).Select(i => Image($"d{i:00}", i)).ToList();
        var policy = Policy(p => { p.KeepDaily = 3; p.KeepWeekly = 2; p.KeepMonthly = 2; });
        var plan = BackupRetention.Plan(policy, "web-1", images, new HashSet<string>(), Now);
        var kept = plan.Decisions.Where(d => !d.Delete).Select(d => d.Name).Order().ToList();

        // Now is Tuesday 2026-12-01: ISO week of Mon 11-30 holds d00 and d01; the week before's newest is d02 (Sun 11-29).
        // Months: December's newest is d00, November's newest is d01 (11-30).
        Assert.Equal(["d00", "d01", "d02"], kept);
        Assert.Equal(67, plan.ToDelete.Count);
    }

    [Fact]
    public void ProtectedAndNewestGood_AreNeverDeleted_EvenWhenTheRuleSelectsThem()
    {
        var images = new[]
        {
            Image("new-but-failed", 0, status: "FAILED"),
            Image("newest-good", 1),
            Image("labelled-protected", 40, protect: true),
            Image("console-protected", 50),
            Image("old", 60),
        };
        var deleted = Deleted(Policy(p => p.OlderThanDays = 1), images, "console-protected");
        Assert.Equal(["old"], deleted.Where(d => d != "new-but-failed"));
        Assert.DoesNotContain("newest-good", deleted);
        Assert.DoesNotContain("labelled-protected", deleted);
        Assert.DoesNotContain("console-protected", deleted);
    }

    [Fact]
    public void ImagesThePolicyDidNotMake_AreNeverConsidered()
    {
        var images = new[]
        {
            Image("mine-1", 0),
            Image("mine-2", 10),
            Image("other-policy", 20, policy: "weekly"),
            Image("hand-made", 30, policy: null),
            Image("other-vm", 40, source: "web-2"),
        };
        var plan = BackupRetention.Plan(Policy(p => p.KeepLast = 1), "web-1", images, new HashSet<string>(), Now);
        Assert.Equal(["mine-1", "mine-2"], plan.Decisions.Select(d => d.Name).Order());
        Assert.Equal(["mine-2"], plan.ToDelete);
    }
}
