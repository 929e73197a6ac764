using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Tests.Dashboards;

public sealed class ProjectDashboardTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 12, 12, 0, 0, TimeSpan.Zero); // a Wednesday

    [Fact]
    public void Build_Resources_CountsStorageAndStates()
    {
        var model = ProjectDashboard.Build(
            [
                new MachineImage { Name = "m1", StorageLocations = ["us"], TotalStorageBytes = 100, CreationTimestamp = "2025-03-11T00:00:00Z", SavedDisks = [new(), new(), new()] },
                new MachineImage { Name = "m2", StorageLocations = ["eu"], TotalStorageBytes = 50, CreationTimestamp = "2025-03-03T00:00:00Z" },
            ],
            [
                new Image { Name = "i1", Family = "f", StorageLocations = ["us"], ArchiveSizeBytes = 10, DiskSizeGb = 2000, CreationTimestamp = "2025-03-10T00:00:00Z" },
                new Image { Name = "i2", Family = "f", Deprecated = new DeprecationStatus { State = "DEPRECATED" } },
                new Image { Name = "i3", Family = "g", Deprecated = new DeprecationStatus { State = "OBSOLETE" }, CreationTimestamp = "2024-01-01T00:00:00Z" },
            ],
            [],
            Now);

        Assert.Equal((2, 3, 2, 1, 1), (model.MachineImages, model.Images, model.Families, model.DeprecatedImages, model.ObsoleteImages));
        Assert.Equal([new("us", 110L), new("eu", 50L), new KeyValuePair<string, long>("unknown", 0L)], model.StorageByLocation);
        Assert.Equal([1, 1, 1, 0], model.DeprecationStates.Select(s => s.Value));
        var thisWeek = model.CreatedPerWeek[^1];
        Assert.Equal((new DateOnly(2025, 3, 10), 1, 1), (thisWeek.Week, thisWeek.Images, thisWeek.MachineImages));
        Assert.Equal((new DateOnly(2025, 3, 3), 0, 1), (model.CreatedPerWeek[^2].Week, model.CreatedPerWeek[^2].Images, model.CreatedPerWeek[^2].MachineImages));
        Assert.Equal(12, model.CreatedPerWeek.Count);
        Assert.Equal(2000, model.Gauges[1].Value);
        Assert.Equal(3, model.Gauges[2].Value);
        Assert.Equal("ok", model.Gauges[0].Level);
    }

    [Fact]
    public void Build_RunningCreations_CountsBusiestRegionAgainstLimit()
    {
        var ops = Enumerable.Range(0, 17).Select(i => new Operation
        {
            Name = "op-" + i, OperationType = "insert", Status = "RUNNING", Region = "regions/us-central1",
            TargetLink = "https://x/projects/p/global/machineImages/m" + i,
        }).Append(new Operation { Name = "done", OperationType = "insert", Status = "DONE", TargetLink = "https://x/projects/p/global/images/i" }).ToList();

        var model = ProjectDashboard.Build([], [], ops, Now);

        var gauge = model.Gauges[3];
        Assert.Equal(17, gauge.Value);
        Assert.Equal("near", gauge.Level);
        Assert.Equal("busiest: us-central1", gauge.Detail);
        Assert.Equal(17, model.InFlight.Count);
        Assert.Equal("done", Assert.Single(model.Recent).Name);
    }

    [Theory]
    [InlineData("2025-03-10T00:00:00Z", "2025-03-10")]
    [InlineData("2025-03-16T23:59:59Z", "2025-03-10")]
    [InlineData("2025-03-17T00:00:00Z", "2025-03-17")]
    public void WeekOf_Time_IsItsMonday(string time, string monday)
        => Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), ProjectDashboard.WeekOf(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void LimitGauge_AtLimit_IsOver() => Assert.Equal("over", new LimitGauge("x", 1000, 1000, "", "", null).Level);
}
