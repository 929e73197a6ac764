using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Tests.Dashboards;

public sealed class GridQueryTests
{
    [Fact]
    public void Parse_FullUri_ReadsEveryKey()
    {
        var query = GridQuery.Parse("http://localhost/machine-images?project=acme-prod&q=web&status=ready&location=us-central1&label=env%3Dprod"
            + "&after=2025-01-01&before=2025-02-28&sort=size&dir=desc&deprecated=true&family=debian-12&source=debian-cloud#top");

        Assert.Equal("web", query.Search);
        Assert.Equal("READY", query.Status);
        Assert.Equal("us-central1", query.Location);
        Assert.Equal(("env", "prod"), query.LabelFilter!.Value);
        Assert.Equal(new DateOnly(2025, 1, 1), query.CreatedAfter);
        Assert.Equal(new DateOnly(2025, 2, 28), query.CreatedBefore);
        Assert.Equal("size", query.Sort);
        Assert.Equal(GridSortDirection.Descending, query.Direction);
        Assert.True(query.ShowDeprecated);
        Assert.Equal("debian-12", query.Family);
        Assert.Equal("debian-cloud", query.SourceProject);
    }

    [Fact]
    public void Parse_MalformedValues_IgnoresThem()
    {
        var query = GridQuery.Parse("?after=yesterday&before=2025-13-01&dir=sideways&deprecated=maybe&q=%20%20");

        Assert.Equal(GridQuery.Empty, query);
    }

    [Fact]
    public void ToQueryString_RoundTrips_ThroughParse()
    {
        var query = new GridQuery
        {
            Search = "a b&c",
            Label = "team=web",
            CreatedAfter = new DateOnly(2024, 12, 31),
            Sort = "name",
            Direction = GridSortDirection.Descending,
            ShowDeprecated = true,
        };

        var text = query.ToQueryString();

        Assert.Equal("q=a%20b%26c&label=team%3Dweb&after=2024-12-31&sort=name&dir=desc&deprecated=true", text);
        Assert.Equal(query, GridQuery.Parse("?" + text));
    }

    [Fact]
    public void ToQueryParameters_Defaults_AreNullSoTheyLeaveTheUrl()
    {
        var parameters = GridQuery.Empty.ToQueryParameters();

        Assert.Equal(GridQuery.Keys.Count, parameters.Count);
        Assert.All(parameters.Values, Assert.Null);
        Assert.Equal(string.Empty, GridQuery.Empty.ToQueryString());
    }

    [Fact]
    public void ToggleSort_SameColumnTwice_FlipsDirection()
    {
        var once = GridQuery.Empty.ToggleSort("name");
        var twice = once.ToggleSort("name");
        var other = twice.ToggleSort("size");

        Assert.Equal(("name", GridSortDirection.Ascending), (once.Sort, once.Direction));
        Assert.Equal(GridSortDirection.Descending, twice.Direction);
        Assert.Equal(("size", GridSortDirection.Ascending), (other.Sort, other.Direction));
    }

    [Fact]
    public void LabelFilter_KeyOnly_HasNoValue()
    {
        Assert.Equal(("env", null), new GridQuery { Label = "env" }.LabelFilter!.Value);
        Assert.Null(GridQuery.Empty.LabelFilter);
    }
}
