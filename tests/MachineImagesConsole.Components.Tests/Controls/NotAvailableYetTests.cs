using Bunit;
using MachineImagesConsole.Components.Controls;
using MachineImagesConsole.Components.Tests.Infrastructure;

namespace MachineImagesConsole.Components.Tests.Controls;

public sealed class NotAvailableYetTests : ConsoleComponentTestContext
{
    [Fact]
    public void NotAvailableYet_Feature_SaysItIsNotAvailableAsAStatus()
    {
        var cut = Render<NotAvailableYet>(p => p.Add(c => c.Feature, "Machine images"));

        var status = cut.Find("[role=status]");
        Assert.Equal("Machine images not available yet", status.GetAttribute("aria-label"));
        Assert.Equal("Not available yet", cut.Find("h2").TextContent.Trim());
        Assert.Equal("Machine images is not available yet.", cut.Find(".mic-not-available-what").TextContent.Trim());
        Assert.Empty(cut.FindAll("table"));
    }

    [Fact]
    public void NotAvailableYet_Description_ReplacesTheDefaultText()
    {
        var cut = Render<NotAvailableYet>(p => p.Add(c => c.Feature, "Dashboard").Add(c => c.Description, "Coming with the dashboard issue."));

        Assert.Contains("Coming with the dashboard issue.", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("is not built yet", cut.Markup, StringComparison.Ordinal);
    }
}
