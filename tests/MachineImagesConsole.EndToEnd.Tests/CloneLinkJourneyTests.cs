using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>
/// "Clone" sits beside a VM wherever one is shown (issue #15, 8): followed with the keyboard from the Instances page it
/// opens Clone from a VM with that VM chosen; a role that may not clone sees no such link. "Back up now" beside a VM opens
/// the create wizard with that VM as its source.
/// </summary>
[Collection(FormsCollection.Name)]
public sealed class CloneLinkJourneyTests(ConsoleFixture fixture)
{
    /// <summary>An Operator on the Instances page reaches web-1's link named <paramref name="linkName"/> with Tab and presses Enter.</summary>
    private async Task<IPage> FollowFromInstancesAsync(string linkName)
    {
        var page = await fixture.SignInAsAsync("operator@example.com", "instances?project=acme-prod");
        var link = page.GetByTestId("instance-web-1").GetByRole(AriaRole.Link, new() { Name = linkName });
        await Assertions.Expect(link).ToBeVisibleAsync(new() { Timeout = Journey.Slow });
        await Journey.InteractiveAsync(page);
        await Journey.TabToAsync(page, link);
        await page.Keyboard.PressAsync("Enter");
        return page;
    }

    [Fact]
    public async Task Instances_CloneLink_FollowedWithTheKeyboard_OpensTheCloneWizardWithTheVmChosen()
    {
        var page = await FollowFromInstancesAsync("Clone web-1 to a new VM");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/instances/us-central1-a/web-1/clone\\?project=acme-prod$"), new() { Timeout = Journey.Slow });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Clone web-1 to a new VM" })).ToBeVisibleAsync(new() { Timeout = Journey.Slow });
        await Assertions.Expect(page.Locator("input[data-testid=clone-project]")).ToHaveValueAsync("acme-prod", new() { Timeout = Journey.Slow });
        await Assertions.Expect(page.Locator("input[data-testid=clone-zone]")).ToHaveValueAsync("us-central1-a");
        await Assertions.Expect(page.Locator("input[data-testid=clone-name]")).ToHaveValueAsync("web-1-clone");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Instances_BackUpNow_FollowedWithTheKeyboard_OpensTheCreateWizardWithTheVmChosen()
    {
        var page = await FollowFromInstancesAsync("Back up web-1 now");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/machine-images/create\\?project=acme-prod&zone=us-central1-a&instance=web-1$"), new() { Timeout = Journey.Slow });
        await Assertions.Expect(page.GetByTestId("source-disks")).ToBeVisibleAsync(new() { Timeout = Journey.Slow });
        await Assertions.Expect(page.GetByText(new Regex("^web-1 is [A-Z]+ in us-central1-a;"))).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("source-error")).ToHaveCountAsync(0);
        await Journey.ScreenshotAsync(page, "back-up-now-source-chosen");

        // An address naming a VM that is not there chooses nothing: the person picks one as usual.
        await Journey.OpenAsync(page, "machine-images/create?project=acme-prod&zone=us-central1-a&instance=no-such-vm");
        await Assertions.Expect(page.GetByTestId("source-instances")).ToBeVisibleAsync(new() { Timeout = Journey.Slow });
        await Assertions.Expect(page.GetByTestId("source-disks")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MachineImagesList_SourceVm_HasACloneLink_ForOperatorsOnly()
    {
        var page = await fixture.SignInAsAsync("operator@example.com", "machine-images?project=acme-prod&q=web-1-nightly");
        var row = page.GetByTestId("machine-images-grid").GetByRole(AriaRole.Row).Filter(new() { HasText = "web-1-nightly" });
        await Assertions.Expect(row.GetByRole(AriaRole.Link, new() { Name = "Clone web-1 to a new VM" }))
            .ToHaveAttributeAsync("href", new Regex("/instances/us-central1-a/web-1/clone\\?project=acme-prod$"), new() { Timeout = Journey.Slow });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Viewer_SeesVmsWithoutACloneLink()
    {
        var viewer = await fixture.SignInAsAsync("viewer@example.com", "instances?project=acme-prod");
        await Assertions.Expect(viewer.GetByTestId("instance-web-1")).ToBeVisibleAsync(new() { Timeout = Journey.Slow });
        await Journey.InteractiveAsync(viewer);
        await Assertions.Expect(viewer.GetByTestId("clone-vm-link")).ToHaveCountAsync(0);
        await Assertions.Expect(viewer.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Clone ") })).ToHaveCountAsync(0);

        await Journey.OpenAsync(viewer, "machine-images?project=acme-prod&q=web-1-nightly");
        await Assertions.Expect(viewer.GetByTestId("machine-images-grid").GetByRole(AriaRole.Link, new() { Name = "web-1-nightly" })).ToBeVisibleAsync(new() { Timeout = Journey.Slow });
        await Assertions.Expect(viewer.GetByTestId("clone-vm-link")).ToHaveCountAsync(0);

        await Journey.OpenAsync(viewer, "machine-images/web-1-nightly?project=acme-prod");
        await Assertions.Expect(viewer.GetByTestId("overview")).ToContainTextAsync("web-1", new() { Timeout = Journey.Slow });
        await Assertions.Expect(viewer.GetByTestId("clone-vm-link")).ToHaveCountAsync(0);
        await viewer.Context.CloseAsync();
    }
}
