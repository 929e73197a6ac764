using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Drills;
using MachineImagesConsole.Model.HelpDesk;

namespace MachineImagesConsole.Tests.Drills;

public sealed class DrillModelTests
{
    [Fact]
    public void LatestBackup_Pick_NewestReadyImageOfThatInstance()
    {
        MachineImage Image(string name, string instance, string created, string status = "READY") => new()
        {
            Name = name, Status = status, CreationTimestamp = created,
            SourceInstance = $"https://www.googleapis.com/compute/v1/projects/acme-prod/zones/us-central1-a/instances/{instance}",
        };

        var picked = LatestBackup.Pick(
            [Image("old", "db", "2025-01-01T00:00:00Z"), Image("new", "db", "2025-03-01T00:00:00Z"), Image("newest-creating", "db", "2025-04-01T00:00:00Z", "CREATING"), Image("other", "web", "2025-05-01T00:00:00Z")],
            "acme-prod", "zones/us-central1-a/instances/db");

        Assert.Equal("new", picked?.Name);
    }

    [Fact]
    public void VmName_LongImageName_ValidAndAtMost63()
    {
        var name = DrillNames.VmName(12345, new string('x', 80));

        Assert.True(Compute.Validation.ComputeNames.IsValid(name), name);
        Assert.StartsWith("drill-12345-", name, StringComparison.Ordinal);
    }

    [Fact]
    public void ToCsv_FormulaAndCommaInReason_QuotedAndNeutralised()
    {
        var run = new DrillRun { Id = 1, SourceProject = "p", VmName = "v", Status = DrillRunStatus.Failed, Phase = DrillPhase.Done, FailureReason = "=cmd, bad", RtoTargetSeconds = 1800 };

        var line = DrillReport.ToCsv([run]).Split("\r\n")[1];

        Assert.EndsWith(",\"'=cmd, bad\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public void DrillOptionsValidator_BadValues_NamesEveryKey()
    {
        var result = new DrillOptionsValidator().Validate(null, new DrillOptions { Zone = "Bad Zone", BootMarker = "", RtoTarget = TimeSpan.Zero, ProbeKind = DrillProbeKind.Tcp });

        Assert.True(result.Failed);
        foreach (var key in new[] { "Console:Drills:Zone", "Console:Drills:BootMarker", "Console:Drills:RtoTarget", "Console:Drills:ProbePort" })
            Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpDeskOptionsValidator_BadValues_NamesEveryKey()
    {
        var options = new HelpDeskOptions { DefaultTtl = TimeSpan.FromDays(10), MaxTtl = TimeSpan.FromDays(7) };
        options.PermittedZones.Add("us-central1");
        options.PermittedMachineTypes.Add("E2 Small");

        var result = new HelpDeskOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        foreach (var key in new[] { "Console:HelpDesk:PermittedZones:0", "Console:HelpDesk:PermittedMachineTypes:0", "Console:HelpDesk:DefaultTtl" })
            Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpDeskOptionsValidator_Defaults_Valid()
        => Assert.True(new HelpDeskOptionsValidator().Validate(null, new HelpDeskOptions()).Succeeded);
}
