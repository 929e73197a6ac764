using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>
/// axe-core on every page, as each demo role: no serious or critical violation. A page a role may not open is checked
/// too (its "You can't open this page" view is what that person sees).
/// </summary>
[Collection(FormsCollection.Name)]
public sealed class AccessibilityTests(ConsoleFixture fixture)
{
    private const string P = "?project=acme-prod";

    /// <summary>Every page of the console, with the demo resources it needs.</summary>
    private static readonly string[] Pages =
    [
        "" + P,
        "machine-images" + P,
        "machine-images/web-1-nightly" + P,
        "machine-images/create" + P,
        "machine-images/web-1-nightly/restore" + P,
        "machine-images/web-1-nightly/share" + P,
        "machine-images/web-1-nightly/labels" + P,
        "machine-images/web-1-nightly/blast-radius" + P,
        "images" + P,
        "images/acme-golden-helpdesk" + P,
        "images/create" + P,
        "images/one-off-05/deprecate" + P,
        "images/one-off-05/share" + P,
        "images/one-off-05/labels" + P,
        "images/one-off-05/blast-radius" + P,
        "image-families" + P,
        "image-families/acme-web/rollback" + P,
        "instances/us-central1-a/web-1/clone" + P,
        "operations" + P,
        "restore-drills" + P,
        "cleanup" + P,
        "self-service",
        "audit",
        "settings",
    ];

    [Theory]
    [InlineData("admin@example.com")]
    [InlineData("operator@example.com")]
    [InlineData("helpdesk@example.com")]
    [InlineData("viewer@example.com")]
    public async Task EveryPage_AsRole_NoSeriousOrCriticalViolation(string email)
    {
        var page = await fixture.SignInAsAsync(email, Pages[0]);
        var problems = new List<string>();
        foreach (var path in Pages)
        {
            await Journey.OpenAsync(page, path);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First).ToBeVisibleAsync(new() { Timeout = Journey.Slow });
            await SettledAsync(page);
            var result = await page.RunAxe();
            foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
            {
                problems.Add($"{path}: {violation.Impact} {violation.Id} ({violation.Help}) at "
                    + string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html.Length > 160 ? n.Html[..160] : n.Html)));
            }
        }
        Assert.True(problems.Count == 0, $"axe-core found, as {email}:\n" + string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    /// <summary>Waits (with a deadline) until the page has stopped showing loading bars, so axe sees what a person sees.</summary>
    private static async Task SettledAsync(IPage page)
    {
        try
        {
            await Assertions.Expect(page.Locator(".mud-progress-linear.mud-progress-indeterminate")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        }
        catch (PlaywrightException)
        {
            // Some pages keep a live indicator running; check them as they are.
        }
    }
}
