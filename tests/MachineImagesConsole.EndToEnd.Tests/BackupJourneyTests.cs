using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>
/// An Admin makes a backup policy in Chromium, typing with the keyboard: a bad cron and a bad name template are refused
/// beside their fields and nothing is saved; then a good policy is saved, "Run now" shows the run live until the machine
/// image is made, and the Instances page shows the VM covered with the age of its backup. A Viewer cannot edit.
/// </summary>
[Collection(FormsCollection.Name)]
public sealed class BackupJourneyTests(ConsoleFixture fixture)
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(120);

    private static async Task TypeAsync(IPage page, string label, string text)
    {
        // On a busy machine the circuit may re-render a field while keys arrive; type again until the field holds the text.
        var box = page.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex("^" + Regex.Escape(label)) }).First;
        for (var attempt = 1; ; attempt++)
        {
            await box.ClickAsync();
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.PressAsync("Delete");
            await page.Keyboard.TypeAsync(text, new() { Delay = 20 });
            await page.Keyboard.PressAsync("Tab");
            await page.WaitForTimeoutAsync(0);
            if (await box.InputValueAsync() == text || attempt == 3) break;
        }
        await Assertions.Expect(box).ToHaveValueAsync(text);
    }

    /// <summary>An Admin's browser on the new-policy form, once it is there.</summary>
    private async Task<IPage> OpenNewPolicyFormAsync()
    {
        var page = await fixture.SignInAsAsync("admin@example.com", "backups/new?project=acme-prod");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New backup policy" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        return page;
    }

    [Fact]
    public async Task BackupPolicy_AdminFixesBadInputThenRunsNow_InstanceCoveredAndViewerCannotEdit()
    {
        var name = "journey-" + Guid.NewGuid().ToString("N")[..6];
        var page = await OpenNewPolicyFormAsync();

        // Bad cron and bad name template: messages beside the fields, nothing saved.
        await TypeAsync(page, "Policy name", name);
        await TypeAsync(page, "Schedule (cron", "every night");
        await TypeAsync(page, "Instances", "us-central1-b/web-2");
        await TypeAsync(page, "Name template", "${INSTANCE}_${TIMESTAMP}");
        await page.GetByTestId("save-policy").ClickAsync();
        await Assertions.Expect(page.GetByTestId("save-message")).ToContainTextAsync("Nothing was saved", new() { Timeout = 30_000 });
        await Journey.ScreenshotAsync(page, "backup-policy-bad-input");
        await Assertions.Expect(page.GetByText(new Regex("A schedule has five fields"))).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(new Regex("'_' in the template is not allowed"))).ToBeVisibleAsync();

        // Fixed: saved, and the policy page opens.
        // Weekly, so the policy does not keep firing while the other journeys share this console.
        await TypeAsync(page, "Schedule (cron", "0 3 * * 0");
        await TypeAsync(page, "Name template", "${INSTANCE}-backup-${TIMESTAMP}");
        await Assertions.Expect(page.GetByText(new Regex("Example: web-2-backup-"))).ToBeVisibleAsync();
        await page.GetByTestId("save-policy").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // Run now: the run shows at once and goes to Succeeded with the image made.
        await page.GetByTestId("run-now").ClickAsync();
        var run = page.GetByTestId("run").First;
        await Assertions.Expect(run).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Journey.ScreenshotAsync(page, "backup-policy-running");
        await Assertions.Expect(run.GetByTestId("run-status")).ToHaveTextAsync("Succeeded", new() { Timeout = (float)Generous.TotalMilliseconds });
        await Assertions.Expect(run.GetByTestId("item-status")).ToHaveTextAsync("Succeeded");
        await Assertions.Expect(run).ToContainTextAsync("web-2-backup-");
        await Journey.ScreenshotAsync(page, "backup-policy-done");

        // The Instances page: web-2 is covered by the policy, with a backup under a minute (or a few minutes) old.
        await page.GotoAsync(fixture.Console.BaseUrl + "instances?project=acme-prod");
        var row = page.GetByTestId("instance-web-2");
        await Assertions.Expect(row).ToContainTextAsync(name, new() { Timeout = 60_000 });
        await Assertions.Expect(row.GetByTestId("coverage-state")).ToHaveTextAsync("Protected");
        await Assertions.Expect(row.GetByTestId("backup-age")).ToHaveTextAsync(new Regex("^(under a minute|[0-9]+ min)$"));
        await Journey.ScreenshotAsync(page, "instances-covered");
        await page.Context.CloseAsync();

        // A Viewer sees the policy but cannot edit it.
        var viewer = await fixture.SignInAsAsync("viewer@example.com", "backups?project=acme-prod");
        await viewer.GotoAsync(fixture.Console.BaseUrl + "backups?project=acme-prod");
        await Assertions.Expect(viewer.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Journey.ScreenshotAsync(viewer, "backup-policies-viewer");
        await Assertions.Expect(viewer.GetByTestId("new-policy")).ToHaveCountAsync(0);
        await Assertions.Expect(viewer.GetByRole(AriaRole.Button, new() { Name = "Edit " + name })).ToHaveCountAsync(0);
        await viewer.GotoAsync(fixture.Console.BaseUrl + "backups/new?project=acme-prod");
        await Assertions.Expect(viewer.GetByRole(AriaRole.Heading, new() { Name = "You can't open this page", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(viewer.GetByTestId("save-policy")).ToHaveCountAsync(0);

        // Nor the existing policy's edit page, opened by its address.
        await viewer.GotoAsync(fixture.Console.BaseUrl + "backups?project=acme-prod");
        await viewer.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await viewer.WaitForURLAsync(new Regex(@"/backups/[0-9]+"));
        var detail = new Uri(viewer.Url);
        await viewer.GotoAsync(new Uri(detail, detail.AbsolutePath.TrimEnd('/') + "/edit" + detail.Query).ToString());
        await Assertions.Expect(viewer.GetByRole(AriaRole.Heading, new() { Name = "You can't open this page", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(viewer.GetByTestId("save-policy")).ToHaveCountAsync(0);
        await viewer.Context.CloseAsync();
    }

    [Fact]
    public async Task InstancesPage_OperatorBacksUpOneVmWithItsPolicy_TheRunMakesThatVmsBackupOnlyAndAViewerHasNoButton()
    {
        // A policy over batch-worker (a VM no other journey backs up), saved by an Admin.
        var name = "one-vm-" + Guid.NewGuid().ToString("N")[..6];
        var admin = await OpenNewPolicyFormAsync();
        foreach (var (label, text) in new[] { ("Policy name", name), ("Schedule (cron", "0 4 * * 0"), ("Instances", "europe-west1-b/batch-worker"), ("Name template", "${INSTANCE}-ondemand-${TIMESTAMP}") })
            await TypeAsync(admin, label, text);
        await admin.GetByTestId("save-policy").ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await admin.Context.CloseAsync();

        // An Operator, with the keyboard: the VM's row offers a backup by its policy; it is queued and says where to follow it.
        var page = await fixture.SignInAsAsync("operator@example.com", "instances?project=acme-prod");
        var button = page.GetByTestId("instance-batch-worker").GetByRole(AriaRole.Button, new() { Name = $"Back up batch-worker now with policy {name}", Exact = true });
        await Assertions.Expect(button).ToBeVisibleAsync(new() { Timeout = Journey.Slow });
        await Journey.InteractiveAsync(page);
        await Journey.TabToAsync(page, button);
        await page.Keyboard.PressAsync("Enter");
        var queued = page.GetByTestId("backup-queued");
        await Assertions.Expect(queued).ToContainTextAsync($"A backup of batch-worker by the policy {name} is queued", new() { Timeout = 30_000 });
        await Journey.ScreenshotAsync(page, "instances-backup-with-policy-queued");

        // The row follows the run without a reload: once the image is made it is the VM's newest backup, and covered.
        var row = page.GetByTestId("instance-batch-worker");
        await Assertions.Expect(row).ToContainTextAsync("batch-worker-ondemand-", new() { Timeout = (float)Generous.TotalMilliseconds });
        await Assertions.Expect(row.GetByTestId("coverage-state")).ToHaveTextAsync("Protected");

        // Its page: a Run now of that VM only, made like a scheduled backup (the policy's name template), Succeeded.
        await Journey.TabToAsync(page, queued.GetByRole(AriaRole.Link, new() { Name = name }));
        await page.Keyboard.PressAsync("Enter");
        var run = page.GetByTestId("run").First;
        await Assertions.Expect(run).ToContainTextAsync("RunNow of europe-west1-b/batch-worker only", new() { Timeout = Journey.Slow });
        await Assertions.Expect(run.GetByTestId("run-status")).ToHaveTextAsync("Succeeded", new() { Timeout = (float)Generous.TotalMilliseconds });
        await Assertions.Expect(run.GetByTestId("run-item")).ToHaveCountAsync(1);
        await Assertions.Expect(run.GetByTestId("run-item")).ToContainTextAsync("batch-worker-ondemand-");
        await Assertions.Expect(run).ToContainTextAsync("by operator@example.com");
        await Journey.ScreenshotAsync(page, "backup-policy-one-vm-run");
        await page.Context.CloseAsync();

        // A Viewer sees the row but no button that would back it up.
        var viewer = await fixture.SignInAsAsync("viewer@example.com", "instances?project=acme-prod");
        await Assertions.Expect(viewer.GetByTestId("instance-batch-worker")).ToContainTextAsync(name, new() { Timeout = Journey.Slow });
        await Assertions.Expect(viewer.GetByTestId("instance-batch-worker").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await viewer.Context.CloseAsync();
    }
}
