using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Tests.Dashboards;

public sealed class ProgressiveListTests
{
    [Fact]
    public async Task ReadAsync_ThreePages_ReportsEachFullPageBeforeTheNextCall()
    {
        var pagesRequested = 0;
        var seenAtReport = new List<(int Items, int PagesRequested)>();

        var all = await ProgressiveList.ReadAsync(Pages(1_200), partial =>
        {
            seenAtReport.Add((partial.Count, pagesRequested));
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(1_200, all.Count);
        // After 500 only the first call was made; after 1,000 the second; the last (short) page is not reported.
        Assert.Equal([(500, 1), (1_000, 2)], seenAtReport);

        async IAsyncEnumerable<int> Pages(int total)
        {
            for (var start = 0; start < total; start += ProgressiveList.PageSize)
            {
                await Task.Yield();
                pagesRequested++;
                for (var i = start; i < Math.Min(total, start + ProgressiveList.PageSize); i++) yield return i;
            }
        }
    }

    [Fact]
    public async Task ReadAsync_ReportedList_IsACopyTheLoaderDoesNotChange()
    {
        IReadOnlyList<int>? first = null;

        await ProgressiveList.ReadAsync(Items(700), partial =>
        {
            first ??= partial;
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Equal(500, first.Count);

        static async IAsyncEnumerable<int> Items(int n)
        {
            await Task.Yield();
            for (var i = 0; i < n; i++) yield return i;
        }
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("?q=web&location=us&deprecated=true", true)]
    [InlineData("?sort=created&dir=desc", true)]
    [InlineData("?sort=created", false)]
    [InlineData("?sort=name", false)]
    public void PartialRowsAreFinal_Query_OnlyForNewestFirst(string query, bool expected)
        => Assert.Equal(expected, ProgressiveList.PartialRowsAreFinal(GridQuery.Parse(query)));
}
