using System.Net;
using System.Text.RegularExpressions;
using MachineImagesConsole.Hosting;
using Microsoft.Extensions.Configuration;

namespace MachineImagesConsole.Tests.Authentication;

/// <summary>The real console with LocalCloud in-process, both on free loopback ports, with a temporary data folder.</summary>
public sealed partial class LocalCloudConsoleFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mic-console-lc-" + Guid.NewGuid().ToString("N")[..8]);

    public ConsoleInstance Console { get; private set; } = null!;

    public Uri BaseUrl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        BaseUrl = new Uri($"http://localhost:{FakeIssuer.FreePort()}/");
        var overrides = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Console:DataDirectory"] = _dataDirectory,
            ["Console:LocalCloud:Url"] = $"http://localhost:{FakeIssuer.FreePort()}",
        }).Build();
        Console = await ConsoleHost.StartAsync(["--urls", BaseUrl.AbsoluteUri.TrimEnd('/')], overrides, CancellationToken.None);
    }

    /// <summary>A browser-like client (cookies, redirects followed) signed in through LocalCloud's chooser as <paramref name="email"/>.</summary>
    public async Task<(HttpClient Client, HttpResponseMessage Landing)> SignInAsync(string email, string path = "", CookieContainer? cookies = null)
    {
        var client = NewBrowser(cookies);
        using var chooser = await client.GetAsync(new Uri(BaseUrl, path));
        Assert.Equal(HttpStatusCode.OK, chooser.StatusCode);
        Assert.Equal(Console.Endpoints.Authority.GetLeftPart(UriPartial.Authority), chooser.RequestMessage!.RequestUri!.GetLeftPart(UriPartial.Authority));

        var html = await chooser.Content.ReadAsStringAsync();
        var form = HiddenInputRegex().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        form["person"] = email;
        var action = new Uri(chooser.RequestMessage.RequestUri, FormActionRegex().Match(html).Groups["action"].Value);

        var landing = await client.PostAsync(action, new FormUrlEncodedContent(form));
        return (client, landing);
    }

    public static HttpClient NewBrowser(CookieContainer? cookies = null)
        => new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = true, MaxAutomaticRedirections = 10 }) { Timeout = TimeSpan.FromSeconds(60) };

    public async Task DisposeAsync()
    {
        await Console.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold a file briefly; the OS cleans temp folders.
        }
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    public static partial Regex HiddenInputRegex();

    [GeneratedRegex("<form [^>]*action=\"(?<action>[^\"]+)\"")]
    private static partial Regex FormActionRegex();
}
