using MachineImagesConsole.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>
/// What the form journeys do the way a person does: type with the keyboard, press a button, and look for the
/// message beside the field. Waits are conditions with deadlines that fit a busy 2-core machine.
/// </summary>
internal static class Journey
{
    /// <summary>How soon a validation message must show beside its field once the field is left or Next is pressed.</summary>
    public const float MessageWithin = 2_000;

    /// <summary>Deadline for the app's own work (loading a page, Compute answering) on a loaded machine.</summary>
    public const float Slow = 60_000;

    /// <summary>
    /// Waits until the Blazor circuit is interactive (the layout marks it), so clicks and keys reach the server; a static
    /// page (errors, access denied) marks itself <c>static</c>.
    /// </summary>
    public static Task InteractiveAsync(IPage page)
        => page.Locator("[data-circuit=interactive], [data-circuit=static]").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = Slow });

    /// <summary>Opens <paramref name="path"/> and waits until it is interactive.</summary>
    public static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await InteractiveAsync(page);
    }

    /// <summary>Focuses the field, clears it and types <paramref name="text"/> key by key.</summary>
    public static async Task TypeAsync(ILocator input, string text)
    {
        await input.ClickAsync();
        await input.PressAsync("Control+a");
        await input.PressAsync("Backspace");
        if (text.Length > 0) await input.PressSequentiallyAsync(text);
    }

    /// <summary>Types and then leaves the field with Tab, as a person moving on does.</summary>
    public static async Task TypeAndLeaveAsync(ILocator input, string text)
    {
        await TypeAsync(input, text);
        await input.PressAsync("Tab");
    }

    /// <summary>The MudBlazor field (label, input and helper line) that holds <paramref name="input"/>.</summary>
    public static ILocator FieldOf(IPage page, ILocator input)
        => page.Locator(".mud-input-control").Filter(new() { Has = input }).Last;

    /// <summary>The field says <paramref name="message"/> beside itself and marks its input invalid, within 2 s.</summary>
    public static async Task ExpectFieldErrorAsync(IPage page, ILocator input, string message)
    {
        await Assertions.Expect(FieldOf(page, input)).ToContainTextAsync(message, new() { Timeout = MessageWithin });
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-invalid", "true", new() { Timeout = MessageWithin });
    }

    /// <summary>The field no longer shows an error.</summary>
    public static async Task ExpectFieldValidAsync(IPage page, ILocator input)
        => await Assertions.Expect(input).ToHaveAttributeAsync("aria-invalid", "false", new() { Timeout = Slow });

    /// <summary>Opens a MudSelect and picks the option whose text is <paramref name="option"/> (optionally followed by details).</summary>
    public static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        var item = page.Locator(".mud-popover-open .mud-list-item").GetByText(new Regex("^" + Regex.Escape(option) + @"(\s|$)"));
        var deadline = DateTime.UtcNow.AddMilliseconds(Slow);
        while (true)
        {
            await select.ClickAsync();
            try
            {
                await item.First.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 5_000 });
                break;
            }
            catch (Exception e) when (e is TimeoutException or PlaywrightException && DateTime.UtcNow < deadline)
            {
            }
        }
        await item.First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0, new() { Timeout = Slow });
    }

    /// <summary>
    /// Waits for <paramref name="success"/>; if the command path shows a refusal or an error instead, fails with its text
    /// (so a journey's failure says what the console said).
    /// </summary>
    public static async Task ExpectDoneAsync(IPage page, ILocator success, float timeout = Slow)
    {
        var problem = page.GetByTestId("submit-error").Or(page.GetByTestId("submit-forbidden"));
        await Assertions.Expect(success.Or(problem).First).ToBeVisibleAsync(new() { Timeout = timeout });
        if (await success.CountAsync() == 0) Assert.Fail("The console refused: " + await problem.First.InnerTextAsync());
    }

    /// <summary>Presses Tab, as a person does, until <paramref name="target"/> has the focus (at most 200 presses).</summary>
    public static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 200; presses++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement")) return;
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail("Tab never reached " + target);
    }

    /// <summary>
    /// A full-page screenshot under artifacts/screenshots. Scrolled back to the top first: a full-page shot of a scrolled
    /// page paints the fixed app bar and drawer where the scroll left them, over the content.
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath(name), FullPage = true });
    }
}

/// <summary>
/// Reads the console's audit log (its SQLite file in the test's data folder). Every change is audited before Compute is
/// called, so "no record" means nothing was asked of Compute.
/// </summary>
internal sealed class AuditReader(ConsoleProcess console)
{
    /// <summary>Audit records whose target is <paramref name="name"/> (or a link ending in it), optionally of one action.</summary>
    public async Task<int> CountAsync(string name, string? action = null)
    {
        var path = Path.Combine(console.DataDirectory, ConsoleDataOptions.DatabaseFileName);
        if (!File.Exists(path)) return 0;
        var options = new DbContextOptionsBuilder<ConsoleDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString())
            .Options;
        await using var db = new ConsoleDbContext(options);
        var records = db.AuditRecords.AsNoTracking().Where(r => r.Target == name || r.Target.EndsWith("/" + name));
        if (action is not null) records = records.Where(r => r.Action == action);
        return await records.CountAsync();
    }
}
