using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MachineImagesConsole.Compute.Validation;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Store;
using MachineImagesConsole.Model.Backups;
using MachineImagesConsole.Model.Create;
using MachineImagesConsole.Model.Sharing;
using MachineImagesConsole.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Corpus;

/// <summary>
/// The bad-input corpus (<c>bad-inputs.json</c>, 200+ cases): every case is sent to LocalCloud's Compute API, where it
/// must be answered 4xx (never 5xx, never accepted), and given to the console's own validator for its kind, which must
/// return a message. The whole store is compared before and after. Figures go to artifacts/figures/bad-input-corpus.md.
/// </summary>
#pragma warning disable CA1001 // xunit disposes the fields through IAsyncLifetime.DisposeAsync
public sealed class BadInputCorpusTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private const string Prod = "compute/v1/projects/acme-prod";
    private const string SourceImage = "projects/acme-prod/global/images/acme-base-v080";
    private const string Secret = "corpus-automation-secret";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mic-corpus-" + Guid.NewGuid().ToString("N")[..8]);
    private WebApplication _localCloud = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var overrides = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LocalCloud:Urls"] = "http://127.0.0.1:0",
            ["LocalCloud:DataDirectory"] = _dataDirectory,
            ["LocalCloud:Simulation:Mode"] = "Instant",
            ["LocalCloud:Automation:ClientSecret"] = Secret,
            ["Logging:LogLevel:Default"] = "Warning",
        }).Build();
        _localCloud = LocalCloudApp.Create([], overrides);
        await _localCloud.StartAsync();
        var address = _localCloud.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(60) };
        using var token = await _http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "console-automation",
            ["client_secret"] = Secret,
            ["scope"] = "https://www.googleapis.com/auth/cloud-platform",
        }));
        var body = await token.Content.ReadFromJsonAsync<JsonObject>();
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)body!["access_token"]!);
    }

    [Fact]
    public async Task Corpus_EveryCaseIs4xxOrAMessage_No5xx_NothingWritten()
    {
        var corpus = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Corpus", "bad-inputs.json")))!.AsObject();
        var results = new List<CaseResult>();
        var before = await StoreFingerprintAsync();
        var n = 0;

        foreach (var name in Strings(corpus, "names"))
            results.Add(await ApiAsync("names", name, HttpMethod.Post, Prod + "/global/images", new JsonObject { ["name"] = name, ["sourceImage"] = SourceImage }.ToJsonString(),
                ComputeNames.Validate(name)));
        foreach (var label in corpus["labels"]!.AsArray())
        {
            var (key, value) = ((string)label!["key"]!, (string)label["value"]!);
            results.Add(await ApiAsync("labels", $"{key}={value}", HttpMethod.Post, Prod + "/global/images",
                new JsonObject { ["name"] = $"corpus-label-{n++}", ["sourceImage"] = SourceImage, ["labels"] = new JsonObject { [key] = value } }.ToJsonString(),
                LabelRules.Validate(new Dictionary<string, string> { [key] = value }) is { Count: > 0 } problems ? string.Join(" ", problems) : null));
        }
        foreach (var filter in Strings(corpus, "filters"))
            results.Add(await ApiAsync("filters", filter, HttpMethod.Get, $"{Prod}/global/images?filter={Uri.EscapeDataString(filter)}", null, Validator.None));
        foreach (var member in Strings(corpus, "iamMembers"))
            results.Add(await ApiAsync("IAM members", member, HttpMethod.Post, Prod + "/global/images/acme-web-v070/setIamPolicy", Policy("roles/compute.imageUser", member),
                IamMember.TryParse(member, out _, out var error) ? null : error));
        foreach (var role in Strings(corpus, "iamRoles"))
            results.Add(await ApiAsync("IAM roles", role, HttpMethod.Post, Prod + "/global/images/acme-web-v070/setIamPolicy", Policy(role, "user:alice@example.com"), Validator.None));
        foreach (var key in Strings(corpus, "kmsKeys"))
            results.Add(await ApiAsync("KMS keys", key, HttpMethod.Post, Prod + "/global/machineImages?sourceInstance=zones/us-central1-a/instances/web-1",
                new JsonObject { ["name"] = $"corpus-kms-{n++}", ["machineImageEncryptionKey"] = new JsonObject { ["kmsKeyName"] = key } }.ToJsonString(),
                KmsKeyNames.Validate(key) is { } shared && CreateValidation.ValidateKmsKeyName(key) is { } form ? shared + " / " + form : null));
        foreach (var uri in Strings(corpus, "gcsUris"))
            results.Add(await ApiAsync("gs:// URIs", uri, HttpMethod.Post, Prod + "/global/images",
                new JsonObject { ["name"] = $"corpus-gcs-{n++}", ["rawDisk"] = new JsonObject { ["source"] = uri } }.ToJsonString(), CreateValidation.ValidateGcsUri(uri)));
        foreach (var cron in Strings(corpus, "cron"))
            results.Add(ValidatorOnly("cron expressions", cron, BackupSchedule.ValidateCron(cron)));
        foreach (var zone in Strings(corpus, "timeZones"))
            results.Add(ValidatorOnly("time zones", zone, BackupSchedule.ValidateTimeZone(zone)));
        foreach (var body in corpus["bodies"]!.AsArray())
            results.Add(await ApiAsync("bodies", (string)body!["what"]!, HttpMethod.Post, Prod + "/global/images", (string)body["raw"]!, Validator.None));
        foreach (var body in corpus["generatedBodies"]!.AsArray())
            results.Add(await ApiAsync("bodies", (string)body!["what"]!, HttpMethod.Post, Prod + "/global/images", Generate((string)body["shape"]!, (int)body["size"]!), Validator.None));

        var after = await StoreFingerprintAsync();
        var table = TestFigures.Write("bad-input-corpus", "Bad-input corpus against LocalCloud's API and the console's validators",
            results.GroupBy(r => r.Category).Select(g => (g.Key,
                $"{g.Count()} cases: API {Count(g, r => r.Status is >= 400 and < 500)} × 4xx, {Count(g, r => r.Status >= 500)} × 5xx, {Count(g, r => r.Status is >= 200 and < 300)} accepted; " +
                (g.Any(r => r.ValidatorApplies) ? $"validator {Count(g, r => r.ValidatorMessage is not null)}/{Count(g, r => r.ValidatorApplies)} with a message" : "no console validator")))
            .Append(("total", $"{results.Count} cases, {Count(results, r => r.Status >= 500)} × 5xx, store unchanged: {(before == after ? "yes" : "NO")}")));
        Console.WriteLine(table);

        Assert.True(results.Count >= 200, $"{results.Count} cases");
        Assert.Empty(results.Where(r => r.Status >= 500).Select(r => r.Describe()));
        Assert.Empty(results.Where(r => r.Status is >= 200 and < 400).Select(r => r.Describe()));
        Assert.Empty(results.Where(r => r.Status is >= 400 and < 500 && !r.HasGoogleError).Select(r => r.Describe()));
        Assert.Empty(results.Where(r => r.ValidatorApplies && r.ValidatorMessage is null).Select(r => r.Describe()));
        Assert.Equal(before, after);
    }

    private static string Count<T>(IEnumerable<T> items, Func<T, bool> predicate) => items.Count(predicate).ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<string> Strings(JsonObject corpus, string key) => corpus[key]!.AsArray().Select(v => (string)v!);

    private static string Policy(string role, string member) =>
        new JsonObject { ["policy"] = new JsonObject { ["bindings"] = new JsonArray(new JsonObject { ["role"] = role, ["members"] = new JsonArray(member) }) } }.ToJsonString();

    private static string Generate(string shape, int size) => shape switch
    {
        "deepArrays" => "{\"name\":\"corpus-deep\",\"x\":" + new string('[', size) + new string(']', size) + "}",
        "deepObjects" => "{\"name\":\"corpus-deep-o\",\"x\":" + string.Concat(Enumerable.Repeat("{\"a\":", size)) + "1" + new string('}', size) + "}",
        "oversizedDescription" => new JsonObject { ["name"] = "corpus-big", ["sourceImage"] = SourceImage, ["description"] = new string('d', size) }.ToJsonString(),
        "manyLabels" => new JsonObject
        {
            ["name"] = "corpus-labels", ["sourceImage"] = SourceImage,
            ["labels"] = new JsonObject(Enumerable.Range(0, size).Select(i => KeyValuePair.Create("k" + i.ToString(CultureInfo.InvariantCulture), (JsonNode?)JsonValue.Create("v"))))
        }.ToJsonString(),
        _ => throw new InvalidOperationException("Unknown generated shape " + shape),
    };

    private async Task<CaseResult> ApiAsync(string category, string input, HttpMethod method, string path, string? body, string? validatorMessage)
        => await ApiAsync(category, input, method, path, body, validatorMessage, validatorApplies: true);

    private async Task<CaseResult> ApiAsync(string category, string input, HttpMethod method, string path, string? body, Validator none)
        => await ApiAsync(category, input, method, path, body, null, validatorApplies: false);

    private async Task<CaseResult> ApiAsync(string category, string input, HttpMethod method, string path, string? body, string? validatorMessage, bool validatorApplies)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var googleError = false;
        try
        {
            googleError = JsonNode.Parse(text) is JsonObject json && json["error"]?["errors"]?[0]?["reason"] is not null && json["error"]?["code"] is not null;
        }
        catch (JsonException)
        {
        }
        return new CaseResult(category, input, (int)response.StatusCode, googleError, text, validatorApplies, validatorMessage);
    }

    private static CaseResult ValidatorOnly(string category, string input, string? message) => new(category, input, null, false, null, true, message);

    private async Task<string> StoreFingerprintAsync()
    {
        await using var db = await _localCloud.Services.GetRequiredService<IDbContextFactory<LocalCloudDbContext>>().CreateDbContextAsync();
        var resources = await db.Resources.OrderBy(r => r.Key).Select(r => r.Key + r.Json).ToListAsync();
        var policies = await db.IamPolicies.OrderBy(p => p.ResourceKey).Select(p => p.ResourceKey + p.Json).ToListAsync();
        return $"{resources.Count}/{string.Join('\n', resources).GetHashCode(StringComparison.Ordinal)}/{await db.Operations.CountAsync()}/{await db.RequestIds.CountAsync()}/{string.Join('\n', policies).GetHashCode(StringComparison.Ordinal)}";
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _localCloud.StopAsync();
        await _localCloud.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // the OS cleans temp folders
        }
    }

    private enum Validator
    {
        None,
    }

    private sealed record CaseResult(string Category, string Input, int? Status, bool HasGoogleError, string? Body, bool ValidatorApplies, string? ValidatorMessage)
    {
        public string Describe() => $"[{Category}] {Shorten(Input)} → {(Status is null ? "validator only" : Status.ToString())}: {Shorten(Body)}; validator: {ValidatorMessage ?? "(no message)"}";

        private static string? Shorten(string? s) => s is { Length: > 120 } ? s[..117] + "..." : s;
    }
}
