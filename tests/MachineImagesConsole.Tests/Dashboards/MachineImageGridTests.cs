using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Tests.Dashboards;

public sealed class MachineImageGridTests
{
    private static MachineImageRow Row(string name, string created, string location = "us-central1", long size = 1, string? labels = null, string status = "READY")
        => MachineImageRow.From(new MachineImage
        {
            Name = name,
            Status = status,
            CreationTimestamp = created,
            StorageLocations = [location],
            TotalStorageBytes = size,
            SourceInstance = "projects/p/zones/us-central1-a/instances/vm-" + name,
            Labels = labels?.Split(',').Select(p => p.Split('=')).ToDictionary(kv => kv[0], kv => kv[1]),
        });

    private static readonly MachineImageRow[] Rows =
    [
        Row("a", "2025-01-10T00:00:00Z", size: 300, labels: "env=prod"),
        Row("b", "2025-02-10T00:00:00Z", location: "eu", size: 100, labels: "env=dev"),
        Row("c", "2025-03-10T00:00:00Z", size: 200, status: "CREATING"),
    ];

    [Fact]
    public void From_MachineImage_MapsSourceZoneAndDiskCount()
    {
        var row = MachineImageRow.From(new MachineImage
        {
            Name = "x",
            SourceInstance = "https://www.googleapis.com/compute/v1/projects/p/zones/europe-west1-b/instances/db-1",
            SavedDisks = [new SavedDisk(), new SavedDisk()],
        });

        Assert.Equal("db-1", row.SourceInstance);
        Assert.Equal("europe-west1-b", row.SourceInstanceZone);
        Assert.Equal(2, row.DiskCount);
        Assert.Equal("UNKNOWN", row.Status);
    }

    [Fact]
    public void Apply_NoSort_NewestFirst()
        => Assert.Equal(["c", "b", "a"], MachineImageGrid.Apply(Rows, GridQuery.Empty).Select(r => r.Name));

    [Fact]
    public void Apply_SortBySizeDescending_OrdersBySize()
        => Assert.Equal(["a", "c", "b"], MachineImageGrid.Apply(Rows, new GridQuery { Sort = "size", Direction = GridSortDirection.Descending }).Select(r => r.Name));

    [Theory]
    [InlineData("?status=creating", "c")]
    [InlineData("?location=eu", "b")]
    [InlineData("?label=env&sort=name", "a,b")]
    [InlineData("?label=env%3Dprod", "a")]
    [InlineData("?after=2025-02-10&sort=name", "b,c")]
    [InlineData("?before=2025-02-10&sort=name", "a,b")]
    [InlineData("?q=VM-B", "b")]
    public void Apply_Filters_KeepOnlyMatches(string query, string expected)
        => Assert.Equal(expected.Split(','), MachineImageGrid.Apply(Rows, GridQuery.Parse(query)).Select(r => r.Name));

    [Fact]
    public void ToExport_Rows_CsvHasHeaderAndEscapes()
    {
        var row = Row("a", "2025-01-10T00:00:00Z", labels: "env=prod,team=web") with { Description = "says \"hi\", twice" };

        var csv = MachineImageGrid.ToExport([row]).ToCsv();

        var lines = csv.Split("\r\n");
        Assert.StartsWith("name,status,sourceInstance,", lines[0], StringComparison.Ordinal);
        Assert.Equal("a,READY,vm-a,us-central1-a,us-central1,1,0,2025-01-10T00:00:00.0000000+00:00,env=prod;team=web,\"says \"\"hi\"\", twice\"", lines[1]);
    }
}
