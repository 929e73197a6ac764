using AngleSharp.Html.Parser;
using MachineImagesConsole.Components.Controls.Grid;
using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Components.Tests.Controls.Grid;

public sealed class GridRowMarkupTests
{
    private static MachineImageRow Row(string name = "web-1", string description = "nightly", params string[] labels)
        => new() { Name = name, Status = "READY", SourceInstance = "web-1", SourceInstanceZone = "us-central1-a", Location = "us", TotalStorageText = "50 GiB", DiskCount = 2, Description = description, LabelTexts = labels };

    private static AngleSharp.Dom.IElement Parse(GridRowMarkup.Cells cells, string created = "<td></td>")
        => new HtmlParser().ParseDocument($"<table><tbody><tr>{cells.BeforeCreated.Value}{created}{cells.AfterCreated.Value}</tr></tbody></table>").QuerySelector("tr")!;

    [Fact]
    public void Of_HostileValues_AreTextNotMarkup()
    {
        var row = Row("x\"><script>alert(1)</script>", "<img src=x onerror=alert(1)> & \"quoted\"", "k=<b>v</b>");

        var tr = Parse(GridRowMarkup.Of(row, "acme-prod"));

        Assert.Empty(tr.QuerySelectorAll("script, img, b"));
        Assert.Equal("x\"><script>alert(1)</script>", tr.QuerySelector("td[data-label=Name] a")!.TextContent);
        Assert.Equal("<img src=x onerror=alert(1)> & \"quoted\"", tr.QuerySelector("td[data-label=Description]")!.TextContent);
        Assert.Equal("k=<b>v</b>", tr.QuerySelector("td[data-label=Labels] .mud-chip-content")!.TextContent);
    }

    [Fact]
    public void Of_Row_CellsInColumnOrderWithTheProjectInTheLink()
    {
        var tr = Parse(GridRowMarkup.Of(Row(labels: ["env=prod", "team=web"]), "acme prod"));

        Assert.Equal(["Name", "Status", "Source instance", "Storage location", "Total storage", "Disks", null, "Labels", "Description"],
            tr.QuerySelectorAll("td").Select(td => td.GetAttribute("data-label")));
        Assert.Equal("machine-images/web-1?project=acme%20prod", tr.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("us-central1-a", tr.QuerySelector("td[data-label='Source instance']")!.GetAttribute("title"));
        Assert.Equal(["env=prod", "team=web"], tr.QuerySelectorAll("td[data-label=Labels] .mud-chip-content").Select(c => c.TextContent));
        Assert.Contains("mud-chip-color-success", tr.QuerySelector("td[data-label=Status] span")!.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_SameRow_BuiltOnceAndShared()
    {
        var row = Row();

        Assert.Same(GridRowMarkup.Of(row, "acme-prod"), GridRowMarkup.Of(row, "acme-prod"));
        Assert.NotSame(GridRowMarkup.Of(row, "acme-prod"), GridRowMarkup.Of(Row(), "acme-prod"));
    }

    [Fact]
    public void Created_EncodesItsTexts()
    {
        var td = new HtmlParser().ParseDocument($"<table><tbody><tr>{GridRowMarkup.Created("2025-03-01 04:00", "<3 days ago").Value}</tr></tbody></table>").QuerySelector("td")!;

        Assert.Equal("Created", td.GetAttribute("data-label"));
        Assert.Equal(["2025-03-01 04:00", "<3 days ago"], td.QuerySelectorAll("span").Select(s => s.TextContent));
    }

    [Fact]
    public void Of_DeprecatedImage_BadgeReplacementLinkAndDatesLikeTheBadge()
    {
        var obsolete = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var row = new ImageRow
        {
            Name = "app-v1", Project = "acme-prod", Status = "READY", Family = "app<1>",
            Deprecation = new DeprecationInfo("OBSOLETE", "app-v2", "debian-cloud", null, obsolete, null),
        };

        var tr = new HtmlParser().ParseDocument($"<table><tbody><tr>{GridRowMarkup.Of(row).BeforeCreated.Value}</tr></tbody></table>").QuerySelector("tr")!;

        var badge = tr.QuerySelector("td[data-label=Deprecation] [data-testid=deprecation-badge]")!;
        Assert.Equal("OBSOLETE", badge.GetAttribute("data-state"));
        Assert.Contains("mud-chip-color-error", badge.QuerySelector(".mud-chip")!.ClassName, StringComparison.Ordinal);
        Assert.Equal("images/app-v2?project=debian-cloud", badge.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Obsolete 2025-06-01", badge.TextContent, StringComparison.Ordinal);
        Assert.Equal("app<1>", tr.QuerySelector("td[data-label=Family]")!.TextContent);
        Assert.Equal("images/app-v1?project=acme-prod", tr.QuerySelector("td[data-label=Name] a")!.GetAttribute("href"));
    }
}
