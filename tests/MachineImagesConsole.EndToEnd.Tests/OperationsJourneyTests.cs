using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>
/// Two people watch the same project's Operations page while a long machine image insert runs (500 GB, about 25 s in
/// LocalCloud's timed simulation). It is started outside the console, by a script holding the operator's own token, so
/// the page has to find it in Compute's list and follow it live.
/// </summary>
public sealed partial class OperationsJourneyTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    private const string Project = "acme-prod";

    [Fact]
    public async Task OperationsPage_OperationStartedElsewhere_BothBrowsersSeeItMoveToDoneWithoutReload()
    {
        var viewer = await fixture.SignInAsAsync("viewer@example.com", $"operations?project={Project}");
        var operatorPage = await fixture.SignInAsAsync("operator@example.com", $"operations?project={Project}");
        foreach (var page in new[] { viewer, operatorPage })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Operations", Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("live-indicator")).ToHaveTextAsync("Live");
        }

        var name = "e2e-ops-" + Guid.NewGuid().ToString("N")[..6];
        var operation = await InsertMachineImageAsync(name, await OperatorAccessTokenAsync());

        var viewerRow = viewer.Locator($"[data-testid=operation-row][data-operation='{operation}']");
        var operatorRow = operatorPage.Locator($"[data-testid=operation-row][data-operation='{operation}']");
        await Assertions.Expect(viewerRow).ToHaveAttributeAsync("data-status", "RUNNING", new() { Timeout = 30_000 });
        await Assertions.Expect(operatorRow).ToHaveAttributeAsync("data-status", "RUNNING", new() { Timeout = 30_000 });
        await Assertions.Expect(viewerRow.GetByTestId("operation-target")).ToContainTextAsync("machine image " + name);

        // The progress visibly moves on the viewer's page (no reload).
        var firstProgress = int.Parse(await viewerRow.GetAttributeAsync("data-progress") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        await viewer.WaitForFunctionAsync(
            "([op, p]) => { const r = document.querySelector(`[data-testid=operation-row][data-operation='${op}']`); return r && Number(r.dataset.progress) > p; }",
            new object[] { operation, firstProgress },
            new() { Timeout = 30_000 });
        await viewer.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("operations-running-viewer"), FullPage = true });

        // The first browser goes away mid-way: nothing is lost.
        Assert.NotEqual("DONE", await viewerRow.GetAttributeAsync("data-status"));
        await operatorPage.Context.CloseAsync();

        await Assertions.Expect(viewerRow).ToHaveAttributeAsync("data-status", "DONE", new() { Timeout = 90_000 });
        await Assertions.Expect(viewerRow).ToHaveAttributeAsync("data-progress", "100");
        await Assertions.Expect(viewerRow.GetByTestId("operation-errors")).ToBeEmptyAsync();
        await Assertions.Expect(viewer.Locator(".mud-snackbar", new() { HasTextString = name })).ToContainTextAsync("finished");
        await viewer.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("operations-done-viewer"), FullPage = true });

        // Details: the raw JSON of the DONE operation.
        await viewerRow.GetByTestId("operation-name").ClickAsync();
        await Assertions.Expect(viewer.GetByTestId("operation-json")).ToContainTextAsync("\"status\": \"DONE\"");
        await viewer.ScreenshotAsync(new() { Path = ConsoleFixture.ScreenshotPath("operations-details"), FullPage = true });

        // The operator comes back in a new browser: the operation is there, DONE.
        var again = await fixture.SignInAsAsync("operator@example.com", $"operations?project={Project}&status=DONE&target={name}");
        var againRow = again.Locator($"[data-testid=operation-row][data-operation='{operation}']");
        await Assertions.Expect(againRow).ToHaveAttributeAsync("data-status", "DONE", new() { Timeout = 30_000 });
        await Assertions.Expect(again.Locator("[data-testid=operation-row]")).ToHaveCountAsync(1);
        await again.Context.CloseAsync();
        await viewer.Context.CloseAsync();
    }

    [Fact]
    public async Task OperationsPage_FilterMatchesNothing_SaysSoAndClears()
    {
        var page = await fixture.SignInAsAsync("viewer@example.com", $"operations?project={Project}&user=nobody-at-all");

        await Assertions.Expect(page.GetByTestId("operations-empty")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Search, new() { Name = "Filter operations" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>machineImages.insert of db-primary (500 GB) as a script would call it; returns the operation name.</summary>
    private async Task<string> InsertMachineImageAsync(string name, string accessToken)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fixture.Console.LocalCloudUrl,
            $"compute/v1/projects/{Project}/global/machineImages?requestId={Guid.NewGuid()}&sourceInstance=projects/{Project}/zones/us-central1-a/instances/db-primary"))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { name }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("name").GetString()!;
    }

    /// <summary>
    /// The operator's own access token from LocalCloud's issuer: authorization code with PKCE for the console's public
    /// client, choosing the person on LocalCloud's chooser (what a script signing in as that person would do).
    /// </summary>
    private async Task<string> OperatorAccessTokenAsync()
    {
        var issuer = fixture.Console.LocalCloudUrl;
        var redirect = new Uri(fixture.Console.BaseUrl, "signin-oidc").AbsoluteUri;
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });

        var authorize = new Uri(issuer, "connect/authorize?client_id=machine-images-console&response_type=code"
            + "&scope=" + Uri.EscapeDataString("openid email profile https://www.googleapis.com/auth/cloud-platform")
            + "&redirect_uri=" + Uri.EscapeDataString(redirect)
            + "&code_challenge=" + challenge + "&code_challenge_method=S256&state=e2e&nonce=" + Guid.NewGuid().ToString("N"));
        using var chooser = await http.GetAsync(authorize);
        var html = await chooser.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, chooser.StatusCode);
        var form = HiddenInputRegex().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        form["person"] = "operator@example.com";
        using var chosen = await http.PostAsync(new Uri(issuer, "connect/authorize"), new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var code = CodeRegex().Match(chosen.Headers.Location!.Query).Groups["code"].Value;
        Assert.False(string.IsNullOrEmpty(code), chosen.Headers.Location!.ToString());

        using var token = await http.PostAsync(new Uri(issuer, "connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = WebUtility.UrlDecode(code),
            ["redirect_uri"] = redirect,
            ["client_id"] = "machine-images-console",
            ["code_verifier"] = verifier,
        }));
        var tokenJson = await token.Content.ReadAsStringAsync();
        Assert.True(token.IsSuccessStatusCode, tokenJson);
        using var parsed = JsonDocument.Parse(tokenJson);
        return parsed.RootElement.GetProperty("access_token").GetString()!;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInputRegex();

    [GeneratedRegex("[?&]code=(?<code>[^&]+)")]
    private static partial Regex CodeRegex();
}
