using MachineImagesConsole.Compute.Validation;
using MachineImagesConsole.Configuration;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Backups;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Tests.Backups;

/// <summary>Schedules, name templates, request ids, the per-VM rate and the configuration validator.</summary>
public sealed class BackupRulesTests
{
    private static BackupPolicy Valid() => new()
    {
        Name = "nightly",
        Project = "acme-prod",
        Schedule = "0 2 * * *",
        TimeZone = "America/New_York",
        Instances = "us-central1-a/web-1",
        NameTemplate = BackupNameTemplate.Default,
        KeepLast = 7,
    };

    [Theory]
    [InlineData("*/2 * * * *", null)]
    [InlineData("0 2 * * 1-5", null)]
    [InlineData("0 2 * *", "five fields")]
    [InlineData("61 * * * *", "not a valid cron expression")]
    [InlineData("0 0 2 * * ?", "five fields")]
    [InlineData("", "Give a schedule")]
    public void ValidateCron_NamesTheProblem(string cron, string? expected)
    {
        var problem = BackupSchedule.ValidateCron(cron);
        if (expected is null) Assert.Null(problem);
        else Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_IsReadInItsTimeZone()
    {
        var after = new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);
        var next = BackupSchedule.Next("0 2 * * *", "America/New_York", after, 1)[0];
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 6, 0, 0, TimeSpan.Zero), next); // 02:00 EDT
        Assert.NotNull(BackupSchedule.ValidateTimeZone("Mars/Olympus"));
        Assert.Null(BackupSchedule.ValidateTimeZone("Europe/Paris"));
    }

    [Fact]
    public void CatchUpKey_IsTheMissedTick()
    {
        var policy = new BackupPolicy { Schedule = "*/2 * * * *", TimeZone = "UTC" };
        var threshold = TimeSpan.FromSeconds(60);
        var fired = new DateTimeOffset(2026, 12, 1, 10, 5, 17, TimeSpan.Zero);
        Assert.Equal((new DateTimeOffset(2026, 12, 1, 10, 4, 0, TimeSpan.Zero), BackupRunTrigger.CatchUp), BackupPolicyJob.Key(policy, fired, fired, threshold));
        var onTime = new DateTimeOffset(2026, 12, 1, 10, 6, 0, TimeSpan.Zero);
        Assert.Equal((onTime, BackupRunTrigger.Schedule), BackupPolicyJob.Key(policy, onTime.AddMilliseconds(300), onTime.AddMilliseconds(400), threshold));
        // A missed tick fired at start-up still carries its scheduled time: the same key, recorded as a catch-up.
        Assert.Equal((onTime, BackupRunTrigger.CatchUp), BackupPolicyJob.Key(policy, onTime, onTime.AddMinutes(7), threshold));
    }

    [Fact]
    public void NameTemplate_AlwaysYieldsAValidNameOfAtMost63()
    {
        var at = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
        Assert.Equal("web-1-backup-20261201-020000", BackupNameTemplate.Render(BackupNameTemplate.Default, "web-1", "us-central1-a", "nightly", at));
        var longA = "a" + new string('b', 62);
        var longB = "a" + new string('b', 61) + "c";
        var nameA = BackupNameTemplate.Render(BackupNameTemplate.Default, longA, "us-central1-a", "nightly", at);
        var nameB = BackupNameTemplate.Render(BackupNameTemplate.Default, longB, "us-central1-a", "nightly", at);
        Assert.True(ComputeNames.IsValid(nameA), nameA);
        Assert.True(nameA.Length <= 63);
        Assert.NotEqual(nameA, nameB);
        Assert.EndsWith("-backup-20261201-020000", nameA, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("${INSTANCE}-backup-${TIMESTAMP}", null)]
    [InlineData("bk-${POLICY}-${INSTANCE}-${TIMESTAMP}", null)]
    [InlineData("${TIMESTAMP}-${INSTANCE}", "start with a lowercase letter")]
    [InlineData("${INSTANCE}_${TIMESTAMP}", "'_'")]
    [InlineData("${INSTANCE}-backup", "${TIMESTAMP}")]
    [InlineData("backup-${TIMESTAMP}", "${INSTANCE}")]
    [InlineData("${INSTANCE}-${WHEN}", "not a template variable")]
    [InlineData("${INSTANCE}-${TIMESTAMP}-", "end with a hyphen")]
    [InlineData("${INSTANCE}-a-very-long-fixed-part-of-the-template-that-overflows-${TIMESTAMP}", "shorten it")]
    public void NameTemplate_ValidateNamesTheProblem(string template, string? expected)
    {
        var problem = BackupNameTemplate.Validate(template, "nightly");
        if (expected is null) Assert.Null(problem);
        else Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestId_IsAVersion5UuidDerivedFromPolicyInstanceAndFireTime()
    {
        var at = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
        var id = BackupRequestIds.For(3, "us-central1-a/web-1", at);
        Assert.Equal(id, BackupRequestIds.For(3, "us-central1-a/web-1", at));
        Assert.NotEqual(id, BackupRequestIds.For(3, "us-central1-a/web-1", at.AddMinutes(2)));
        Assert.NotEqual(id, BackupRequestIds.For(4, "us-central1-a/web-1", at));
        Assert.NotEqual(id, BackupRequestIds.For(3, "us-central1-b/web-1", at));
        Assert.Equal(5, id.Version);
        Assert.Contains(id.ToString()[19], "89ab"); // the RFC 4122 variant
        // RFC 9562's example: the DNS namespace and "www.example.com".
        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), BackupRequestIds.Version5(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"));
    }

    [Fact]
    public void SourceRateLimit_SixPerHourThenOnePerTenMinutes()
    {
        var now = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(now, SourceRateLimit.NextAllowed([], now));
        var five = Enumerable.Range(0, 5).Select(i => now.AddMinutes(-i)).ToList();
        Assert.Equal(now, SourceRateLimit.NextAllowed(five, now));
        var six = Enumerable.Range(0, 6).Select(i => now.AddMinutes(-i)).ToList();
        var next = SourceRateLimit.NextAllowed(six, now);
        Assert.True(next > now && next <= now.AddMinutes(10), next.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Rules_BadInputIsNamedByField()
    {
        var policy = Valid();
        policy.Schedule = "every night";
        policy.TimeZone = "Nowhere/Land";
        policy.NameTemplate = "${INSTANCE}";
        policy.KeepLast = 0;
        policy.OlderThanDays = -1;
        policy.Project = "someone-elses";
        var errors = BackupPolicyRules.Validate(policy, ["acme-prod"]);
        Assert.Contains("five fields", errors[nameof(BackupPolicy.Schedule)], StringComparison.Ordinal);
        Assert.Contains("not a known time zone", errors[nameof(BackupPolicy.TimeZone)], StringComparison.Ordinal);
        Assert.Contains("${TIMESTAMP}", errors[nameof(BackupPolicy.NameTemplate)], StringComparison.Ordinal);
        Assert.Contains("between 1 and", errors[nameof(BackupPolicy.KeepLast)], StringComparison.Ordinal);
        Assert.Contains("between 1 and", errors[nameof(BackupPolicy.OlderThanDays)], StringComparison.Ordinal);
        Assert.Contains("does not manage", errors[nameof(BackupPolicy.Project)], StringComparison.Ordinal);
        Assert.Empty(BackupPolicyRules.Validate(Valid(), ["acme-prod"]));
    }

    [Fact]
    public void OptionsValidator_NamesEveryBadKey()
    {
        var options = new BackupsOptions
        {
            Policies =
            [
                new DeclaredBackupPolicy { Name = "ok", Project = "acme-prod", Schedule = "*/2 * * * *", Instances = ["us-central1-a/web-1"] },
                new DeclaredBackupPolicy { Name = "Bad Name", Project = "acme-prod", Schedule = "0 2 * *", TimeZone = "Nowhere", Instances = ["web-1"], NameTemplate = "x", Retention = new DeclaredRetention { KeepLast = 0 } },
                new DeclaredBackupPolicy { Name = "ok", Project = "acme-prod", Schedule = "0 2 * * *", Selector = "backup=daily" },
            ],
            MaxConcurrentCreationsPerRegion = 21,
        };
        var result = new BackupsOptionsValidator(Options.Create(new ConsoleOptions())).Validate(null, options);
        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("Console:Backups:MaxConcurrentCreationsPerRegion", StringComparison.Ordinal));
        foreach (var key in new[] { "Name", "Schedule", "TimeZone", "Instances", "NameTemplate", "Retention:KeepLast" })
            Assert.Contains(failures, f => f.StartsWith("Console:Backups:Policies:1:" + key + ":", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Console:Backups:Policies:2:Name:", StringComparison.Ordinal) && f.Contains("already", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.StartsWith("Console:Backups:Policies:0:", StringComparison.Ordinal));
    }
}
