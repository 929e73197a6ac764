using Microsoft.Playwright;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>One running console (LocalCloud in-process, timed simulation) and one Chromium for a test class.</summary>
public class ConsoleFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public ConsoleFixture()
        : this(null)
    {
    }

    /// <summary>A console started with more configuration (environment variables, e.g. LocalCloud simulation settings).</summary>
    protected ConsoleFixture(IReadOnlyDictionary<string, string>? environment) => Console = new ConsoleProcess(environment: environment);

    public ConsoleProcess Console { get; }
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // A busy 2-core machine: web-first assertions wait for their condition this long unless a test says otherwise.
        Assertions.SetDefaultExpectTimeout(20_000);
        await Console.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>Debian's Chromium, headless, with the flags every journey uses.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
        => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
        });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Console.DisposeAsync();
    }

    /// <summary>A fresh browser context (its own cookies), signed in as the given demo person.</summary>
    public Task<IPage> SignInAsAsync(string email, string path = "") => SignInAsAsync(Browser, Console, email, path);

    /// <summary>A fresh browser context on <paramref name="console"/>, signed in as the given demo person.</summary>
    public static async Task<IPage> SignInAsAsync(IBrowser browser, ConsoleProcess console, string email, string path = "")
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = console.BaseUrl.ToString() });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(console.BaseUrl + path);
        // An anonymous visitor is sent to sign in: LocalCloud's demo chooser.
        await page.GetByRole(AriaRole.Button, new() { Name = email }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(console.BaseUrl.ToString(), StringComparison.Ordinal));
        await Journey.InteractiveAsync(page);
        return page;
    }

    /// <summary>
    /// Opens the account menu. The first paint is prerendered: a click lands only once the Blazor circuit is
    /// interactive, so click until the menu shows (a condition wait with a deadline, not a fixed sleep).
    /// </summary>
    public async Task OpenAccountMenuAsync(IPage page)
    {
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Account menu" });
        var card = page.GetByRole(AriaRole.Group, new() { Name = "Signed-in account" });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await button.ClickAsync();
            try
            {
                await card.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 2_000 });
                return;
            }
            catch (Exception e) when (e is TimeoutException or PlaywrightException && DateTime.UtcNow < deadline)
            {
                // not interactive yet: click again
            }
        }
    }

    public static string ScreenshotPath(string name)
    {
        var dir = Path.Combine(ConsoleProcess.RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name + ".png");
    }
}
