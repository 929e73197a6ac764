using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Tests.Dashboards;

public sealed class ImageGridTests
{
    private static ImageRow Row(string name, string? family, string? state, string created, string status = "READY")
        => ImageRow.From(new Image
        {
            Name = name,
            Family = family,
            Status = status,
            CreationTimestamp = created,
            SourceSnapshot = "projects/p/global/snapshots/snap-" + name,
            Deprecated = state is null ? null : new DeprecationStatus { State = state, Replacement = "https://x/projects/p/global/images/new", Deleted = "2026-06-01T00:00:00Z" },
        }, "p");

    private static readonly ImageRow[] Rows =
    [
        Row("a1", "a", "DEPRECATED", "2025-01-01T00:00:00Z"),
        Row("a2", "a", null, "2025-02-01T00:00:00Z"),
        Row("a3", "a", null, "2025-03-01T00:00:00Z", status: "PENDING"),
        Row("b1", "b", "OBSOLETE", "2025-01-01T00:00:00Z"),
        Row("b2", "b", "DELETED", "2025-02-01T00:00:00Z"),
        Row("solo", null, null, "2024-01-01T00:00:00Z"),
    ];

    [Fact]
    public void From_Image_MapsSourceKindAndDeprecation()
    {
        var row = Rows[0];
        Assert.Equal(("snapshot", "snap-a1"), (row.SourceKind, row.SourceName));
        Assert.Equal("DEPRECATED", row.Deprecation.State);
        Assert.Equal("new", row.Deprecation.Replacement);
        Assert.Equal("p", row.Deprecation.ReplacementProject);
        Assert.Equal("DEPRECATED, replaced by new, deleted 2026-06-01", row.Deprecation.Summary);
        Assert.Equal("raw disk", ImageRow.From(new Image { RawDisk = new RawDisk { Source = "gs://b/disk.tar.gz" } }, "p").SourceKind);
    }

    [Fact]
    public void Apply_Default_HidesEveryNonActiveState()
    {
        Assert.Equal(["a3", "a2", "solo"], ImageGrid.Apply(Rows, GridQuery.Empty).Select(r => r.Name));
        Assert.Equal(3, ImageGrid.HiddenDeprecated(Rows, GridQuery.Empty));
    }

    [Fact]
    public void Apply_ShowDeprecatedAndFamily_ShowsWholeLineage()
    {
        var query = new GridQuery { ShowDeprecated = true, Family = "b", Sort = "name" };

        Assert.Equal(["b1", "b2"], ImageGrid.Apply(Rows, query).Select(r => r.Name));
        Assert.Equal(0, ImageGrid.HiddenDeprecated(Rows, query));
    }

    [Fact]
    public void Families_Build_ResolvesNewestReadyActiveImage()
    {
        var families = ImageFamilySummary.Build(Rows);

        Assert.Equal(["a", "b"], families.Select(f => f.Family));
        Assert.Equal("a2", families[0].Current!.Name);
        Assert.Equal(["a3", "a2", "a1"], families[0].Timeline.Select(r => r.Name));
        Assert.True(families[1].ResolvesToNothing);
        Assert.Equal(2, families[1].DeprecatedCount);
    }

    [Fact]
    public void ToExport_Rows_IncludeDeprecationColumns()
    {
        var csv = ImageGrid.ToExport([Rows[0]]).ToCsv();

        Assert.Contains("deprecationState,replacement", csv, StringComparison.Ordinal);
        Assert.Contains(",DEPRECATED,new,", csv, StringComparison.Ordinal);
    }
}
