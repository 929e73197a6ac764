using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Dashboards;
using MachineImagesConsole.Model.Lists;

namespace MachineImagesConsole.Tests.Dashboards;

public sealed class GridViewTests
{
    private static MachineImage Image(int i) => new()
    {
        Name = $"mi-{i:D3}",
        Status = i % 3 == 0 ? "CREATING" : "READY",
        CreationTimestamp = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i).ToString("O"),
        StorageLocations = [i % 2 == 0 ? "us" : "eu"],
        TotalStorageBytes = (i * 7919) % 1000,
        Labels = new Dictionary<string, string> { ["env"] = i % 4 == 0 ? "prod" : "dev", ["app"] = "web" },
    };

    private static readonly MachineImage[] Images = [.. Enumerable.Range(0, 60).Select(Image)];

    private static ListSnapshot<MachineImage, MachineImageRow> Snapshot()
        => ListSnapshot<MachineImage, MachineImageRow>.From(Images.Reverse(), MachineImageRow.From, ProgressiveList.FacetsOf);

    [Theory]
    [InlineData("")]
    [InlineData("?sort=name")]
    [InlineData("?sort=size&dir=desc&status=READY")]
    [InlineData("?location=eu&label=env=prod")]
    [InlineData("?q=mi-01&sort=location")]
    public void View_OverASnapshot_ShowsWhatApplyComputes(string query)
    {
        var snapshot = Snapshot();
        var q = GridQuery.Parse(query);

        var view = MachineImageGrid.View(snapshot, q);

        Assert.Equal(MachineImageGrid.Apply(snapshot.Rows, q).Select(r => r.Name), view.Select(r => r.Name));
        Assert.Equal(view.Count, view.Skip(0).Count());
    }

    [Fact]
    public void View_TwoCircuitsSameSort_ShareTheRowsWithoutCopies()
    {
        var snapshot = Snapshot();

        var a = MachineImageGrid.View(snapshot, GridQuery.Parse("?sort=name"));
        var b = MachineImageGrid.View(snapshot, GridQuery.Parse("?sort=name&status=READY"));

        Assert.Same(snapshot.Rows.Single(r => r.Name == "mi-001"), a.Single(r => r.Name == "mi-001"));
        Assert.Same(a.Single(r => r.Name == "mi-001"), b.Single(r => r.Name == "mi-001"));
    }

    [Fact]
    public void Facets_OfTheSnapshot_AreTheDistinctSortedValues()
    {
        var facets = Snapshot().Facets;

        Assert.Equal(["CREATING", "READY"], facets.Statuses);
        Assert.Equal(["eu", "us"], facets.Locations);
    }

    [Fact]
    public void GridView_Paging_ReadsOnlyThePage()
    {
        var view = GridView<int>.Of([.. Enumerable.Range(0, 1_000)], i => i % 2 == 1);

        Assert.Equal(500, view.Count);
        Assert.Equal([101, 103, 105], view.Skip(50).Take(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => view[500]);
        Assert.Throws<NotSupportedException>(() => ((IList<int>)view).Add(1));
    }

    [Fact]
    public void Row_Formatting_IsDoneOnceWhenTheRowIsBuilt()
    {
        var row = MachineImageRow.From(Image(4));

        Assert.Equal("us", row.Location);
        Assert.Equal(["app=web", "env=prod"], row.LabelTexts);
        Assert.Equal(DashboardFormat.Bytes(row.TotalStorageBytes), row.TotalStorageText);
    }
}

public sealed class GridSelectionTests
{
    private static readonly MachineImageRow[] Rows = [.. Enumerable.Range(0, 5).Select(i => MachineImageRow.From(new MachineImage { Name = $"mi-{i}" }))];

    [Fact]
    public void KeepOnly_NarrowerView_DropsHiddenRows()
    {
        var selection = new GridSelection<MachineImageRow>();
        selection.SetAll(Rows, selected: true);
        Assert.True(selection.HasAll(Rows));

        selection.KeepOnly(GridView<MachineImageRow>.Of(Rows, r => r.Name != "mi-2"));

        Assert.Equal(["mi-0", "mi-1", "mi-3", "mi-4"], selection.Names());
        Assert.False(selection.HasAll(Rows));
    }

    [Fact]
    public void Set_SameRowTwice_CountsItOnce()
    {
        var selection = new GridSelection<MachineImageRow>();
        selection.Set(Rows[1], selected: true);
        selection.Set(Rows[1], selected: true);
        selection.Set(Rows[3], selected: true);
        selection.Set(Rows[3], selected: false);

        Assert.Equal(1, selection.Count);
        Assert.True(selection.Contains(Rows[1]));
        Assert.False(selection.HasAll([]));
    }
}
