using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Tests.Dashboards;

public sealed class ProgressiveListTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("?q=web&location=us&deprecated=true", true)]
    [InlineData("?sort=created&dir=desc", true)]
    [InlineData("?sort=created", false)]
    [InlineData("?sort=name", false)]
    public void PartialRowsAreFinal_Query_OnlyForNewestFirst(string query, bool expected)
        => Assert.Equal(expected, ProgressiveList.PartialRowsAreFinal(GridQuery.Parse(query)));
}
