using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MachineImagesConsole.Hosting;
using MachineImagesConsole.Model;
using MachineImagesConsole.Tests.Hub;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Hosting;

/// <summary>The bench's diagnostics endpoints (only when enabled) and how the console serves its fingerprinted files.</summary>
public sealed partial class ConsoleDiagnosticsTests
{
    [GeneratedRegex(@"app\.[a-z0-9]+\.css")]
    private static partial Regex FingerprintedStylesheet();

    [Fact]
    public async Task Diagnostics_Enabled_HeapReportsLiveBytesAndForgetDropsTheProjectsLists()
    {
        await using var console = await RunningConsole.StartAsync(settings: new Dictionary<string, string?> { [ConsoleDiagnostics.EnabledKey] = "true" });
        using var http = new HttpClient { BaseAddress = console.BaseUrl };
        var cache = console.Services.GetRequiredService<ComputeListCache>();
        await cache.GetOrAddAsync("acme-prod", "bench", "kind", _ => Task.FromResult(1), CancellationToken.None);
        await cache.GetOrAddAsync("acme-dr", "bench", "kind", _ => Task.FromResult(2), CancellationToken.None);

        var heap = await http.GetFromJsonAsync<JsonObject>(ConsoleDiagnostics.HeapPath);
        Assert.True((long)heap!["liveBytes"]! > 1_000_000);
        Assert.True((long)heap["heapBytes"]! > 0);
        Assert.Equal(0, (int)heap["circuits"]!);
        Assert.True((int)heap["cacheEntries"]! >= 2);

        using var forget = await http.PostAsync(ConsoleDiagnostics.ForgetPath + "?project=acme-prod", null);
        Assert.Equal(HttpStatusCode.NoContent, forget.StatusCode);

        var calls = 0;
        Assert.Equal(3, await cache.GetOrAddAsync("acme-prod", "bench", "kind", _ => { calls++; return Task.FromResult(3); }, CancellationToken.None));
        Assert.Equal(2, await cache.GetOrAddAsync("acme-dr", "bench", "kind", _ => { calls++; return Task.FromResult(4); }, CancellationToken.None));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Console_NotDevelopment_DiagnosticsAbsentAndFingerprintedFilesImmutable()
    {
        await using var console = await RunningConsole.StartAsync();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = console.BaseUrl };

        // No such endpoints: what answers is the app's fallback (the sign-in redirect of an anonymous request).
        using var heap = await http.GetAsync(ConsoleDiagnostics.HeapPath);
        using var forget = await http.PostAsync(ConsoleDiagnostics.ForgetPath + "?project=acme-prod", null);
        Assert.NotEqual(HttpStatusCode.OK, heap.StatusCode);
        Assert.DoesNotContain("liveBytes", await heap.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.NoContent, forget.StatusCode);

        var page = await http.GetStringAsync("account/signed-out");
        var stylesheet = FingerprintedStylesheet().Match(page);
        Assert.True(stylesheet.Success, "the page links its fingerprinted stylesheet");
        using var request = new HttpRequestMessage(HttpMethod.Get, stylesheet.Value);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var css = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("immutable", css.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("gzip", css.Content.Headers.ContentEncoding);
    }
}
