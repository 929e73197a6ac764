using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MachineImagesConsole.BrowserBench;

/// <summary>
/// The raw REST baseline: the same list pages the console asks for (500 a call, newest first), fetched from LocalCloud
/// with the automation identity's token and parsed into JSON documents, one call after the other, as a script would.
/// </summary>
internal sealed class RawRest(Uri localCloud, string clientSecret) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = localCloud };
    private string? _token;

    public async Task<string> TokenAsync()
    {
        if (_token is not null) return _token;
        using var response = await _http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "console-automation",
            ["client_secret"] = clientSecret,
            ["scope"] = "https://www.googleapis.com/auth/cloud-platform",
        }));
        response.EnsureSuccessStatusCode();
        _token = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!;
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return _token;
    }

    /// <summary>Fetches and parses every page of <paramref name="collection"/>; returns (items, ms).</summary>
    public async Task<(int Items, double Milliseconds)> ListAsync(string project, string collection)
    {
        await TokenAsync();
        var sw = Stopwatch.StartNew();
        var items = 0;
        string? pageToken = null;
        do
        {
            var url = $"compute/v1/projects/{project}/global/{collection}?maxResults=500&orderBy={Uri.EscapeDataString("creationTimestamp desc")}"
                + (pageToken is null ? "" : "&pageToken=" + Uri.EscapeDataString(pageToken));
            using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            using var doc = await JsonDocument.ParseAsync(body);
            if (doc.RootElement.TryGetProperty("items", out var page)) items += page.GetArrayLength();
            pageToken = doc.RootElement.TryGetProperty("nextPageToken", out var next) ? next.GetString() : null;
        }
        while (!string.IsNullOrEmpty(pageToken));
        return (items, sw.Elapsed.TotalMilliseconds);
    }

    /// <summary>Starts an image import that runs for a while in Timed mode (its size sets its duration); returns the operation name.</summary>
    public async Task<string> StartImageImportAsync(string project, string name, int sizeGb)
    {
        await TokenAsync();
        using var response = await _http.PostAsJsonAsync($"compute/v1/projects/{project}/global/images?requestId={Guid.NewGuid()}", new JsonObject
        {
            ["name"] = name,
            ["rawDisk"] = new JsonObject { ["source"] = "gs://bench-bucket/disk.tar.gz" },
            ["diskSizeGb"] = sizeGb.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var json = await response.Content.ReadFromJsonAsync<JsonObject>();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"images.insert failed: {json}");
        return (string)json!["name"]!;
    }

    /// <summary>
    /// A restore straight through the REST API, timed: <c>instances.insert</c> with <paramref name="sourceMachineImage"/>,
    /// then <c>instances.get</c> until the VM is RUNNING (what the console's wizard reports as done). Returns ms.
    /// </summary>
    public async Task<double> RestoreAsync(string project, string zone, string name, string sourceMachineImage)
    {
        await TokenAsync();
        var sw = Stopwatch.StartNew();
        using (var response = await _http.PostAsJsonAsync(
            $"compute/v1/projects/{project}/zones/{zone}/instances?requestId={Guid.NewGuid()}&sourceMachineImage={Uri.EscapeDataString(sourceMachineImage)}",
            new JsonObject { ["name"] = name }))
        {
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"instances.insert failed: {await response.Content.ReadAsStringAsync()}");
        }
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await _http.GetAsync($"compute/v1/projects/{project}/zones/{zone}/instances/{name}");
            if (response.IsSuccessStatusCode && (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["status"] == "RUNNING") return sw.Elapsed.TotalMilliseconds;
            await Task.Delay(10);
        }
        throw new TimeoutException($"{name} was not RUNNING within 2 minutes.");
    }

    /// <summary>The operation's progress and whether it is done (operations.get).</summary>
    public async Task<(int Progress, bool Done)> OperationAsync(string project, string operation)
    {
        using var response = await _http.GetAsync($"compute/v1/projects/{project}/global/operations/{operation}");
        response.EnsureSuccessStatusCode();
        var json = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return ((int?)json["progress"] ?? 0, (string?)json["status"] == "DONE");
    }

    /// <summary>The newest zone operation whose target ends with <paramref name="target"/> (e.g. <c>instances/vm-1</c>), waiting for it to be listed.</summary>
    public async Task<string> FindZoneOperationAsync(string project, string zone, string target, TimeSpan timeout)
    {
        await TokenAsync();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var list = (await _http.GetFromJsonAsync<JsonObject>($"compute/v1/projects/{project}/zones/{zone}/operations?maxResults=500"))!;
            var found = (list["items"] as JsonArray ?? []).OfType<JsonObject>()
                .LastOrDefault(o => ((string?)o["targetLink"])?.EndsWith("/" + target, StringComparison.Ordinal) == true);
            if (found is not null) return (string)found["name"]!;
            await Task.Delay(10);
        }
        throw new TimeoutException($"No operation on {target} within {timeout}.");
    }

    /// <summary>A zone operation's progress and whether it is done (zoneOperations.get).</summary>
    public async Task<(int Progress, bool Done)> ZoneOperationAsync(string project, string zone, string operation)
    {
        using var response = await _http.GetAsync($"compute/v1/projects/{project}/zones/{zone}/operations/{operation}");
        response.EnsureSuccessStatusCode();
        var json = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return ((int?)json["progress"] ?? 0, (string?)json["status"] == "DONE");
    }

    /// <summary>The diagnostics endpoint's report (forced GC first).</summary>
    public static async Task<JsonObject> HeapAsync(HttpClient console)
        => (await console.GetFromJsonAsync<JsonObject>("_diagnostics/heap"))!;

    public void Dispose() => _http.Dispose();
}
