using System.Net;
using System.Text.RegularExpressions;

namespace MachineImagesConsole.Tests.Authentication;

/// <summary>
/// Every hostile return URL of the corpus, over real HTTP: /account/signin?returnUrl=…, LocalCloud's chooser, the
/// callback; redirects are followed by hand and the first one that leaves the console or LocalCloud fails the test.
/// </summary>
public sealed partial class ReturnUrlHttpTests(LocalCloudConsoleFixture fixture) : IClassFixture<LocalCloudConsoleFixture>
{
    [Theory]
    [MemberData(nameof(HostileReturnUrls.Data), MemberType = typeof(HostileReturnUrls))]
    public async Task SignIn_HostileReturnUrl_LandsOnTheConsolesRoot(string raw)
    {
        var landing = await SignInLandingAsync("account/signin?returnUrl=" + raw);

        Assert.Equal(fixture.BaseUrl.AbsoluteUri, landing.AbsoluteUri);
    }

    [Fact]
    public async Task SignIn_LocalReturnUrl_LandsThere()
    {
        var landing = await SignInLandingAsync("account/signin?returnUrl=%2Foperations%3Fstate%3Drunning");

        Assert.Equal(new Uri(fixture.BaseUrl, "operations?state=running").AbsoluteUri, landing.AbsoluteUri);
    }

    /// <summary>Signs in as the admin from <paramref name="start"/> and returns where the last redirect sends the browser.</summary>
    private async Task<Uri> SignInLandingAsync(string start)
    {
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(60) };
        var (chooserUrl, chooser) = await FollowAsync(client, await client.GetAsync(new Uri(fixture.BaseUrl, start)));
        using (chooser)
        {
            Assert.Equal(HttpStatusCode.OK, chooser.StatusCode);
            var html = await chooser.Content.ReadAsStringAsync();
            var form = LocalCloudConsoleFixture.HiddenInputRegex().Matches(html)
                .ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
            form["person"] = "admin@example.com";
            var action = new Uri(chooserUrl, WebUtility.HtmlDecode(FormActionRegex().Match(html).Groups["action"].Value));
            var (landing, last) = await FollowAsync(client, await client.PostAsync(action, new FormUrlEncodedContent(form)));
            last.Dispose();
            return landing;
        }
    }

    /// <summary>Follows redirects while they stay on the console or LocalCloud; returns the first URL outside them, or the final page.</summary>
    private async Task<(Uri Url, HttpResponseMessage Response)> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        var trusted = new[] { fixture.BaseUrl.GetLeftPart(UriPartial.Authority), fixture.Console.Endpoints.Authority.GetLeftPart(UriPartial.Authority) };
        for (var hop = 0; hop < 10; hop++)
        {
            var here = response.RequestMessage!.RequestUri!;
            if ((int)response.StatusCode is < 300 or >= 400 || response.Headers.Location is null) return (here, response);
            var next = new Uri(here, response.Headers.Location);
            response.Dispose();
            if (!trusted.Contains(next.GetLeftPart(UriPartial.Authority))) return (next, new HttpResponseMessage(HttpStatusCode.Redirect));
            response = await client.GetAsync(next);
        }
        throw new InvalidOperationException("Too many redirects.");
    }

    [GeneratedRegex("<form [^>]*action=\"(?<action>[^\"]+)\"")]
    private static partial Regex FormActionRegex();
}
