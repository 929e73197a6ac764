using MachineImagesConsole.Model;
using Microsoft.Playwright;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>
/// Self-service approval refuses a machine image that does not exist (issue #15, 5) and says why beside the field;
/// the help desk's clone form says why beside each field, creates nothing, then clones once corrected.
/// </summary>
[Collection(FormsCollection.Name)]
public sealed class SelfServiceJourneyTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task Approval_MissingOrBadMachineImage_SaysWhyBesideTheField_ThenApproves_AndHelpDeskClones()
    {
        var audit = new AuditReader(fixture.Console);
        var admin = await fixture.SignInAsAsync("admin@example.com", "self-service");
        var project = admin.Locator("input[data-testid=approve-project]");
        var image = admin.Locator("input[data-testid=approve-image]");
        await Journey.TypeAsync(project, "acme-prod");
        await Journey.TypeAsync(image, "Bad_Name");
        await admin.GetByTestId("approve").ClickAsync();
        await Journey.ExpectFieldErrorAsync(admin, image, "Machine image name must start with a lowercase letter.");

        await Journey.TypeAsync(image, "does-not-exist");
        await admin.GetByTestId("approve").ClickAsync();
        await Journey.ExpectFieldErrorAsync(admin, image, "There is no machine image 'does-not-exist'");
        await Journey.ScreenshotAsync(admin, "error-self-service-approval");
        await Assertions.Expect(admin.GetByTestId("approvals").Locator("table")).Not.ToContainTextAsync("does-not-exist");
        Assert.Equal(0, await audit.CountAsync("does-not-exist", ConsoleActions.SelfServiceApprove));

        await Journey.TypeAsync(image, "web-1-nightly");
        await admin.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("approvals").Locator("table")).ToContainTextAsync("web-1-nightly");
        await admin.Context.CloseAsync();

        var helpDesk = await fixture.SignInAsAsync("helpdesk@example.com", "self-service");
        await Journey.ChooseAsync(helpDesk, helpDesk.GetByTestId("clone-image"), "acme-prod / web-1-nightly");
        var name = helpDesk.Locator("input[data-testid=clone-name]");
        var reason = helpDesk.Locator("textarea[data-testid=clone-reason]");
        await Journey.TypeAsync(name, "Bad_Clone");
        await Journey.TypeAsync(reason, "short");
        await helpDesk.GetByTestId("clone-submit").ClickAsync();
        await Journey.ExpectFieldErrorAsync(helpDesk, name, "Clone name must start with a lowercase letter.");
        await Journey.ExpectFieldErrorAsync(helpDesk, reason, "Give a reason of at least");
        await Journey.ScreenshotAsync(helpDesk, "error-self-service-clone");
        Assert.Equal(0, await audit.CountAsync("Bad_Clone"));

        var good = "hd-forms-" + Guid.NewGuid().ToString("N")[..6];
        await Journey.TypeAsync(name, good);
        await Journey.TypeAsync(reason, "TICKET-42 reproduce the login bug");
        await helpDesk.GetByTestId("clone-submit").ClickAsync();
        await Journey.ExpectDoneAsync(helpDesk, helpDesk.GetByTestId("clone-created"));
        await Assertions.Expect(helpDesk.GetByTestId("clones")).ToContainTextAsync(good);
        await helpDesk.Context.CloseAsync();
    }
}
