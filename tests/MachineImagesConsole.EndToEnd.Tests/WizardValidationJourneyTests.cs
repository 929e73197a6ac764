using System.Text.RegularExpressions;
using MachineImagesConsole.Model;
using Microsoft.Playwright;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>
/// The create, restore and clone wizards refuse a bad value with a message beside the field (aria-invalid) when the
/// person presses Next or leaves the field, create nothing, and finish once the value is corrected (issue #15, 1–3).
/// </summary>
[Collection(FormsCollection.Name)]
public sealed class WizardValidationJourneyTests(ConsoleFixture fixture)
{
    private static readonly string SixtyFourLetters = new('a', 64);

    [Fact]
    public async Task CreateMachineImage_BadOrTakenName_NextSaysWhyBesideTheField_ThenCreates()
    {
        var audit = new AuditReader(fixture.Console);
        var page = await fixture.SignInAsAsync("operator@example.com", "machine-images/create?project=acme-prod");
        await Journey.ChooseAsync(page, page.GetByTestId("source-zone"), "us-central1-a");
        await page.GetByTestId("source-instances").GetByText("web-1", new() { Exact = false }).First.ClickAsync();
        await page.GetByTestId("wizard-next").ClickAsync();
        await Assertions.Expect(page.GetByTestId("wizard-step-1")).ToHaveAttributeAsync("aria-current", "step");

        var name = page.Locator("input[data-testid=name]");
        (string Value, string Message)[] bad =
        [
            ("Bad_Name!", "Name must start with a lowercase letter."),
            ("1abc", "Name must start with a lowercase letter."),
            (SixtyFourLetters, "Name must be at most 63 characters (it has 64)."),
            ("bad_name", "may contain only lowercase letters, digits and hyphens"),
            ("db-primary-weekly-3", "already taken"),
        ];
        foreach (var (value, message) in bad)
        {
            await Journey.TypeAsync(name, value);
            await page.GetByTestId("wizard-next").ClickAsync();
            await Journey.ExpectFieldErrorAsync(page, name, message);
            await Assertions.Expect(page.GetByTestId("wizard-step-1")).ToHaveAttributeAsync("aria-current", "step");
        }
        await Journey.ScreenshotAsync(page, "error-create-machine-image-name");
        Assert.Equal(0, await audit.CountAsync("db-primary-weekly-3", ConsoleActions.MachineImagesInsert));

        var good = "forms-mi-" + Guid.NewGuid().ToString("N")[..6];
        await Journey.TypeAsync(name, good);
        await Journey.ExpectFieldValidAsync(page, name);
        await page.GetByTestId("wizard-next").ClickAsync();
        await page.GetByTestId("wizard-next").ClickAsync();
        await Assertions.Expect(page.GetByTestId("preflight-instance-rate")).ToHaveAttributeAsync("data-passed", "true", new() { Timeout = Journey.Slow });
        await page.GetByTestId("wizard-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("operation-status")).ToHaveTextAsync("DONE", new() { Timeout = 180_000 });
        Assert.Equal(1, await audit.CountAsync(good, ConsoleActions.MachineImagesInsert));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CreateMachineImage_NameLeftWithTab_SaysWhyWithoutPressingNext()
    {
        var page = await fixture.SignInAsAsync("operator@example.com", "machine-images/create?project=acme-prod");
        await Journey.ChooseAsync(page, page.GetByTestId("source-zone"), "us-central1-a");
        await page.GetByTestId("source-instances").GetByText("web-1", new() { Exact = false }).First.ClickAsync();
        await page.GetByTestId("wizard-next").ClickAsync();
        var name = page.Locator("input[data-testid=name]");
        await Journey.TypeAndLeaveAsync(name, "1abc");
        await Journey.ExpectFieldErrorAsync(page, name, "Name must start with a lowercase letter.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CreateImage_TakenName_SaysTakenBesideTheField_NothingCreated()
    {
        var audit = new AuditReader(fixture.Console);
        var page = await fixture.SignInAsAsync("operator@example.com", "images/create?project=acme-prod");
        // A disk of a stopped VM (a running VM's disk would need "force").
        await Journey.ChooseAsync(page, page.GetByTestId("disk-zone"), "us-central1-c");
        await Journey.ChooseAsync(page, page.GetByTestId("disk"), "app-server-1");
        await page.GetByTestId("wizard-next").ClickAsync();
        var name = page.Locator("input[data-testid=name]");
        await Journey.TypeAsync(name, "acme-base-v080");
        await page.GetByTestId("wizard-next").ClickAsync();
        await Journey.ExpectFieldErrorAsync(page, name, "already taken");
        await Journey.TypeAsync(name, "Bad_Name!");
        await page.GetByTestId("wizard-next").ClickAsync();
        await Journey.ExpectFieldErrorAsync(page, name, "Name must start with a lowercase letter.");
        var family = page.Locator("input[data-testid=family]");
        await Journey.TypeAndLeaveAsync(family, "Family_1");
        await Journey.ExpectFieldErrorAsync(page, family, "Family must start with a lowercase letter.");
        await Journey.ScreenshotAsync(page, "error-create-image-name");
        Assert.Equal(0, await audit.CountAsync("acme-base-v080", ConsoleActions.ImagesInsert));

        var good = "forms-img-" + Guid.NewGuid().ToString("N")[..6];
        await Journey.TypeAsync(name, good);
        await Journey.TypeAsync(family, "forms-family");
        await page.GetByTestId("wizard-next").ClickAsync();
        await page.GetByTestId("wizard-next").ClickAsync();
        var submit = page.GetByTestId("wizard-submit");
        await Assertions.Expect(submit).ToBeEnabledAsync(new() { Timeout = Journey.Slow });
        await submit.ClickAsync();
        await Assertions.Expect(page.GetByTestId("operation-status")).ToHaveTextAsync("DONE", new() { Timeout = 180_000 });
        Assert.Equal(1, await audit.CountAsync(good, ConsoleActions.ImagesInsert));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Restore_CustomMachineTypeOutOfRange_NextSaysWhyBesideTheFields()
    {
        var page = await fixture.SignInAsAsync("operator@example.com", "machine-images/web-1-nightly/restore?project=acme-prod");
        var name = page.Locator("input[data-testid=name]");
        await Journey.TypeAsync(name, "forms-restore-" + Guid.NewGuid().ToString("N")[..6]);
        await page.GetByTestId("next").ClickAsync();
        await Assertions.Expect(page.GetByText("Step 2 of 5")).ToBeVisibleAsync();
        await page.GetByText("Custom vCPUs and memory").ClickAsync();
        var vcpus = page.Locator("input[data-testid=custom-vcpus]");
        var memory = page.Locator("input[data-testid=custom-memory]");
        await Journey.TypeAsync(vcpus, "3");
        await Journey.TypeAsync(memory, "999999");
        await page.GetByTestId("next").ClickAsync();
        await Journey.ExpectFieldErrorAsync(page, vcpus, "even");
        await Journey.ExpectFieldErrorAsync(page, memory, "MB");
        await Assertions.Expect(page.GetByText("Step 2 of 5")).ToBeVisibleAsync();
        await Journey.ScreenshotAsync(page, "error-restore-custom-machine-type");

        await Journey.TypeAsync(vcpus, "4");
        await Journey.TypeAsync(memory, "8192");
        await page.GetByTestId("next").ClickAsync();
        await Assertions.Expect(page.GetByText("Step 3 of 5")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Restore_ExistingVmName_SaysSoAsThePersonTypes_AndNextStaysOnTheStep()
    {
        var audit = new AuditReader(fixture.Console);
        var page = await fixture.SignInAsAsync("operator@example.com", "machine-images/web-1-nightly/restore?project=acme-prod");
        await Journey.ChooseAsync(page, page.GetByTestId("zone"), "us-central1-a");
        var name = page.Locator("input[data-testid=name]");
        await Journey.TypeAsync(name, "web-1");
        // No Next, no blur: the availability check runs once typing pauses.
        await Journey.ExpectFieldErrorAsync(page, name, "already exists");
        await page.GetByTestId("next").ClickAsync();
        await Journey.ExpectFieldErrorAsync(page, name, "already exists");
        await Assertions.Expect(page.GetByText("Step 1 of 5")).ToBeVisibleAsync();
        await Journey.ScreenshotAsync(page, "error-restore-name-taken");
        Assert.Equal(0, await audit.CountAsync("web-1", ConsoleActions.InstancesRestore));

        await Journey.TypeAsync(name, "web-1-forms-" + Guid.NewGuid().ToString("N")[..6]);
        await Journey.ExpectFieldValidAsync(page, name);
        await page.GetByTestId("next").ClickAsync();
        await Assertions.Expect(page.GetByText("Step 2 of 5")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CloneFromVm_TakenAndBadName_SaysWhyBesideTheField_ThenClones()
    {
        var audit = new AuditReader(fixture.Console);
        var page = await fixture.SignInAsAsync("operator@example.com", "instances/us-central1-a/web-1/clone?project=acme-prod");
        var name = page.Locator("input[data-testid=clone-name]");
        await Journey.TypeAsync(name, "web-1");
        await Journey.ExpectFieldErrorAsync(page, name, "already exists");
        await Journey.TypeAsync(name, "Web_1");
        await page.GetByTestId("clone-submit").ClickAsync();
        await Journey.ExpectFieldErrorAsync(page, name, "VM name must start with a lowercase letter.");
        var machineType = page.Locator("input[data-testid=clone-machine-type]");
        await Journey.TypeAndLeaveAsync(machineType, "");
        await Journey.ExpectFieldErrorAsync(page, machineType, "Choose a machine type.");
        await Journey.ScreenshotAsync(page, "error-clone-from-vm");
        await Assertions.Expect(page.GetByTestId("clone-progress")).ToHaveCountAsync(0);
        Assert.Equal(0, await audit.CountAsync("Web_1"));

        var good = "web-1-fclone-" + Guid.NewGuid().ToString("N")[..5];
        await Journey.TypeAsync(name, good);
        await Journey.TypeAsync(machineType, "e2-standard-2");
        await Journey.ExpectFieldValidAsync(page, name);
        await page.GetByTestId("clone-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("clone-progress")).ToHaveAttributeAsync("data-finished", "true", new() { Timeout = 240_000 });
        await Assertions.Expect(page.GetByTestId("clone-progress")).ToHaveAttributeAsync("data-succeeded", "true");
        Assert.Equal(1, await audit.CountAsync(good, ConsoleActions.InstancesRestore));
        await page.Context.CloseAsync();
    }
}
