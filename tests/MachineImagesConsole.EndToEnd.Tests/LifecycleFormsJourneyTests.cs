using System.Globalization;
using MachineImagesConsole.Model;
using Microsoft.Playwright;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>
/// The lifecycle forms (deprecate, labels, share, clean-up rules, rollback, delete) typed into as a person does: a bad
/// value says why beside the field on Save and changes nothing; corrected, the change is made (issue #15, 4 and 6).
/// </summary>
[Collection(FormsCollection.Name)]
public sealed class LifecycleFormsJourneyTests(ConsoleFixture fixture)
{
    private static string At(DateTimeOffset when) => when.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Deprecate_DatesOutOfOrder_SaysWhyBesideTheField_ThenAPastObsoleteDateIsCarriedOutAtOnce()
    {
        var audit = new AuditReader(fixture.Console);
        var page = await fixture.SignInAsAsync("operator@example.com", "images/one-off-03/deprecate?project=acme-prod");
        await Assertions.Expect(page.GetByTestId("current-state")).ToBeVisibleAsync();
        var deprecated = page.Locator("input[data-testid=deprecated-at]");
        var obsolete = page.Locator("input[data-testid=obsolete-at]");
        var deleted = page.Locator("input[data-testid=deleted-at]");

        // Deleted before deprecated: refused beside the field, nothing sent.
        await deprecated.FillAsync(At(DateTimeOffset.UtcNow.AddDays(3)));
        await deleted.FillAsync(At(DateTimeOffset.UtcNow.AddDays(1)));
        await page.GetByTestId("apply-deprecation").ClickAsync();
        await Journey.ExpectFieldErrorAsync(page, deleted, "The dates must be in order");
        await Journey.ScreenshotAsync(page, "error-deprecate-dates");
        Assert.Equal(0, await audit.CountAsync("one-off-03", ConsoleActions.ImagesDeprecate));

        // DEPRECATED now, OBSOLETE at a time already past: carried out at once (the image is OBSOLETE), nothing scheduled in the past.
        await deleted.FillAsync("");
        await deprecated.FillAsync("");
        await obsolete.FillAsync(At(DateTimeOffset.UtcNow.AddHours(-1)));
        await Journey.ExpectFieldValidAsync(page, deleted);
        await page.GetByTestId("apply-deprecation").ClickAsync();
        await Assertions.Expect(page.GetByTestId("current-state")).ToContainTextAsync("OBSOLETE", new() { Timeout = 90_000 });
        await Assertions.Expect(page.GetByTestId("pending")).ToHaveCountAsync(0);
        Assert.Equal(1, await audit.CountAsync("one-off-03", ConsoleActions.ImagesDeprecate));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Labels_BadKey_SaysWhyBesideTheRow_NothingSaved_ThenSaves()
    {
        var audit = new AuditReader(fixture.Console);
        var page = await fixture.SignInAsAsync("operator@example.com", "machine-images/db-primary-weekly-1/labels?project=acme-prod");
        await Assertions.Expect(page.GetByTestId("labels")).ToBeVisibleAsync();
        var rows = await page.Locator("input[data-testid^=label-key-]").CountAsync();
        await page.GetByTestId("add-label").ClickAsync();
        var key = page.Locator($"input[data-testid=label-key-{rows}]");
        var value = page.Locator($"input[data-testid=label-value-{rows}]");
        await Journey.TypeAsync(key, "Bad Key");
        await Journey.TypeAsync(value, "ok");
        await page.GetByTestId("save-labels").ClickAsync();
        await Journey.ExpectFieldErrorAsync(page, key, "Label key");
        await Journey.ScreenshotAsync(page, "error-labels-key");
        Assert.Equal(0, await audit.CountAsync("db-primary-weekly-1", ConsoleActions.MachineImagesSetLabels));

        await Journey.TypeAsync(key, "forms-journey");
        await Journey.ExpectFieldValidAsync(page, key);
        await page.GetByTestId("save-labels").ClickAsync();
        await Journey.ExpectDoneAsync(page, page.GetByTestId("saved"));
        Assert.Equal(1, await audit.CountAsync("db-primary-weekly-1", ConsoleActions.MachineImagesSetLabels));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Share_MemberWithoutKind_SaysWhyBesideTheField_ThenGrantsAccess()
    {
        var audit = new AuditReader(fixture.Console);
        // An Admin: LocalCloud's demo IAM gives setIamPolicy to the Admin, not to the Operator.
        var page = await fixture.SignInAsAsync("admin@example.com", "machine-images/db-primary-weekly-2/share?project=acme-prod");
        var member = page.Locator("input[data-testid=member]");
        await Journey.TypeAsync(member, "ana@example.com");
        await page.GetByTestId("add-member").ClickAsync();
        await Journey.ExpectFieldErrorAsync(page, member, "Say what kind of member this is: user:ana@example.com");
        await Journey.ScreenshotAsync(page, "error-share-member");
        await Assertions.Expect(page.GetByTestId("to-review")).ToBeDisabledAsync();

        await Journey.TypeAsync(member, "user:ana@example.com");
        await page.GetByTestId("add-member").ClickAsync();
        await Assertions.Expect(page.GetByText("+ user:ana@example.com")).ToBeVisibleAsync();
        await page.GetByTestId("to-review").ClickAsync();
        await page.GetByTestId("apply").ClickAsync();
        await Journey.ExpectDoneAsync(page, page.GetByTestId("applied"));
        Assert.Equal(1, await audit.CountAsync("db-primary-weekly-2", ConsoleActions.MachineImagesSetIamPolicy));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CleanupRule_BadPrefixAndNoLimit_SaysWhyBesideTheFields_NothingSaved_ThenSaves()
    {
        var page = await fixture.SignInAsAsync("admin@example.com", "cleanup?project=acme-prod");
        var name = page.Locator("input[data-testid=rule-name]");
        var prefix = page.Locator("input[data-testid=rule-prefix]");
        var keep = page.Locator("input[data-testid=rule-keep]");
        await Journey.TypeAsync(name, "forms-rule");
        await Journey.TypeAsync(prefix, "Bad_Prefix");
        await page.GetByTestId("save-rule").ClickAsync();
        await Journey.ExpectFieldErrorAsync(page, prefix, "A name prefix uses lowercase letters");
        await Journey.ExpectFieldErrorAsync(page, keep, "Say what to delete");
        await Journey.ScreenshotAsync(page, "error-cleanup-rule");
        await Assertions.Expect(page.GetByTestId("rules")).Not.ToContainTextAsync("forms-rule");

        await Journey.TypeAsync(prefix, "one-off-");
        await Journey.TypeAsync(keep, "5");
        await page.GetByTestId("save-rule").ClickAsync();
        await Assertions.Expect(page.GetByTestId("rules")).ToContainTextAsync("forms-rule", new() { Timeout = Journey.Slow });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Rollback_AfterItRan_TheButtonIsOff()
    {
        var page = await fixture.SignInAsAsync("operator@example.com", "image-families/acme-batch/rollback?project=acme-prod");
        var button = page.GetByTestId("rollback");
        await Assertions.Expect(button).ToBeEnabledAsync(new() { Timeout = Journey.Slow });
        await button.ClickAsync();
        await Journey.ExpectDoneAsync(page, page.GetByTestId("rollback-result"), 90_000);
        await Assertions.Expect(button).ToBeDisabledAsync();
        await Assertions.Expect(button).ToHaveTextAsync("Rolled back");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Delete_ProtectedMachineImage_DialogSaysSoUpFrontAndTheDeleteIsOff()
    {
        var admin = await fixture.SignInAsAsync("admin@example.com", "machine-images/app-server-1-before-upgrade/blast-radius?project=acme-prod");
        await Journey.TypeAsync(admin.Locator("input[data-testid=protect-reason]"), "kept for the audit");
        await admin.GetByTestId("protect").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("unprotect")).ToBeVisibleAsync(new() { Timeout = 90_000 });

        await Journey.OpenAsync(admin, "machine-images?project=acme-prod&q=app-server-1-before-upgrade");
        var grid = admin.GetByTestId("machine-images-grid");
        await Assertions.Expect(grid.GetByRole(AriaRole.Link, new() { Name = "app-server-1-before-upgrade" })).ToBeVisibleAsync();
        await grid.GetByRole(AriaRole.Row).Filter(new() { HasText = "app-server-1-before-upgrade" }).GetByRole(AriaRole.Checkbox).ClickAsync();
        await admin.GetByTestId("delete-selected").ClickAsync();
        var blocked = admin.GetByTestId("delete-blocked");
        await Assertions.Expect(blocked).ToContainTextAsync("app-server-1-before-upgrade cannot be deleted: It is protected");
        await Assertions.Expect(admin.GetByTestId("delete-confirmation")).ToHaveCountAsync(0);
        await Assertions.Expect(admin.GetByTestId("delete-submit")).ToBeDisabledAsync();
        await Assertions.Expect(admin.GetByTestId("delete-dialog")).Not.ToContainTextAsync("deleteBlocked");
        await Journey.ScreenshotAsync(admin, "error-delete-protected");
        await admin.Context.CloseAsync();
    }
}
