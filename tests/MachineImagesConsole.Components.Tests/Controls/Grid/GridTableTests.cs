using Bunit;
using MachineImagesConsole.Components.Controls.Grid;
using MachineImagesConsole.Components.Tests.Infrastructure;

namespace MachineImagesConsole.Components.Tests.Controls.Grid;

public sealed class GridTableTests : ConsoleComponentTestContext
{
    private IRenderedComponent<GridTable<int>> RenderTable(int rows, int page = 0, int rowsPerPage = 25, Action<int>? pageChanged = null, Action<int>? sizeChanged = null)
        => Render<GridTable<int>>(p => p
            .Add(t => t.Rows, Enumerable.Range(0, rows).ToArray())
            .Add(t => t.Header, "<th>Value</th>")
            .Add(t => t.Row, i => b => { b.OpenElement(0, "td"); b.AddContent(1, i); b.CloseElement(); })
            .Add(t => t.AriaLabel, "Numbers")
            .Add(t => t.TestId, "numbers")
            .Add(t => t.Page, page)
            .Add(t => t.RowsPerPage, rowsPerPage)
            .Add(t => t.PageChanged, v => pageChanged?.Invoke(v))
            .Add(t => t.RowsPerPageChanged, v => sizeChanged?.Invoke(v)));

    private static string[] Shown(IRenderedComponent<GridTable<int>> table) => [.. table.FindAll("tbody tr td").Select(td => td.TextContent)];

    [Fact]
    public void Render_SecondPage_ShowsItsRowsAndRange()
    {
        var table = RenderTable(60, page: 1);

        Assert.Equal([.. Enumerable.Range(25, 25).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))], Shown(table));
        Assert.Equal("26–50 of 60", table.Find("[data-testid=page-range]").TextContent);
        Assert.Equal("Numbers", table.Find("[data-testid=numbers]").GetAttribute("aria-label"));
    }

    [Fact]
    public void Pager_FirstAndLastPage_DisableTheWayOut()
    {
        var first = RenderTable(60, page: 0);
        Assert.True(first.Find("button[aria-label='Previous page']").HasAttribute("disabled"));
        Assert.False(first.Find("button[aria-label='Next page']").HasAttribute("disabled"));

        var last = RenderTable(60, page: 2);
        Assert.Equal(["50", "51", "52", "53", "54", "55", "56", "57", "58", "59"], Shown(last));
        Assert.True(last.Find("button[aria-label='Last page']").HasAttribute("disabled"));
    }

    [Fact]
    public void Pager_NextAndRowsPerPage_RaiseTheirChanges()
    {
        int? page = null, size = null;
        var table = RenderTable(60, page: 0, pageChanged: v => page = v, sizeChanged: v => size = v);

        table.Find("button[aria-label='Next page']").Click();
        Assert.Equal(1, page);

        table.Find("[data-testid=rows-per-page]").Change("100");
        Assert.Equal(100, size);
        Assert.Equal(0, page);
    }

    [Fact]
    public void Pager_RowsPerPageNotOffered_ChangesNothing()
    {
        int? size = null;
        var table = RenderTable(60, sizeChanged: v => size = v);

        table.Find("[data-testid=rows-per-page]").Change("100000");

        Assert.Null(size);
    }

    [Fact]
    public void Render_PageBeyondTheRows_ShowsTheLastPage()
    {
        var table = RenderTable(30, page: 5);

        Assert.Equal(["25", "26", "27", "28", "29"], Shown(table));
    }
}
