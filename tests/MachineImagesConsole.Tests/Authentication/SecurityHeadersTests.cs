using MachineImagesConsole.Configuration;
using System.Net;
using MachineImagesConsole.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace MachineImagesConsole.Tests.Authentication;

/// <summary>The console's response headers over real HTTP, and HSTS on https outside Development.</summary>
public sealed class SecurityHeadersTests(LocalCloudConsoleFixture fixture) : IClassFixture<LocalCloudConsoleFixture>
{
    [Fact]
    public async Task SignedInPage_CarriesCspWithNonceNoFramingAndTheOtherHeaders()
    {
        var (client, landing) = await fixture.SignInAsync("viewer@example.com");
        using var _ = client;

        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        var csp = Assert.Single(landing.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'self' " + fixture.Console.Endpoints.Authority.GetLeftPart(UriPartial.Authority), csp, StringComparison.Ordinal);
        var nonce = System.Text.RegularExpressions.Regex.Match(csp, "script-src 'self' 'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", WebUtility.HtmlDecode(await landing.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("nosniff", landing.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", landing.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", landing.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("geolocation=()", landing.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        Assert.False(landing.Headers.Contains("Strict-Transport-Security"), "no HSTS over plain http");
    }

    [Fact]
    public async Task StaticFileAndHealth_CarryTheHeadersToo()
    {
        using var client = new HttpClient();

        using var css = await client.GetAsync(new Uri(fixture.BaseUrl, "app.css"));
        using var health = await client.GetAsync(new Uri(fixture.BaseUrl, "healthz"));

        Assert.Equal("nosniff", css.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("nosniff", health.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData(false, "https://console.example.com/", true)]
    [InlineData(false, "http://console.example.com/", false)]
    [InlineData(true, "https://console.example.com/", false)]
    public async Task Hsts_OnlyOnHttpsOutsideDevelopment(bool development, string baseAddress, bool expected)
    {
        var endpoints = new ConsoleEndpoints
        {
            PublicUrl = new Uri(baseAddress),
            Authority = new Uri("https://accounts.google.com/"),
            ComputeBaseUrl = new Uri("https://compute.googleapis.com/"),
            ResourceManagerBaseUrl = new Uri("https://cloudresourcemanager.googleapis.com/"),
            IsLocalCloud = false,
        };
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();
        app.UseSecurityHeaders(ConsoleSecurityHeaders.Create(endpoints, development));
        app.MapGet("/", () => "ok");
        await app.StartAsync();
        using var client = app.GetTestClient();
        client.BaseAddress = new Uri(baseAddress);

        using var response = await client.GetAsync("/");

        Assert.Equal(expected, response.Headers.TryGetValues("Strict-Transport-Security", out var hsts));
        if (expected) Assert.Equal("max-age=31536000; includeSubDomains", hsts!.Single());
    }
}
