using System.Text.Json;
using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Iam;
using MachineImagesConsole.LocalCloud.Simulation;
using MachineImagesConsole.LocalCloud.Store;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>One Compute request as a handler sees it: caller, route values, body, store, IAM and the simulation.</summary>
public sealed class ComputeCall : IAsyncDisposable
{
    private StoreWriteLock.Releaser? _lock;

    public ComputeCall(HttpContext http, CallerIdentity caller, LocalCloudDbContext db)
    {
        Http = http;
        Caller = caller;
        Db = db;
        var services = http.RequestServices;
        Authorizer = services.GetRequiredService<ComputeAuthorizer>();
        Engine = services.GetRequiredService<OperationEngine>();
        Time = services.GetRequiredService<TimeProvider>();
        Options = services.GetRequiredService<IOptions<LocalCloudOptions>>().Value;
        WriteLock = services.GetRequiredService<StoreWriteLock>();
    }

    public HttpContext Http { get; }

    public CallerIdentity Caller { get; }

    public LocalCloudDbContext Db { get; }

    public ComputeAuthorizer Authorizer { get; }

    public OperationEngine Engine { get; }

    public TimeProvider Time { get; }

    public LocalCloudOptions Options { get; }

    private StoreWriteLock WriteLock { get; }

    public CancellationToken Aborted => Http.RequestAborted;

    public DateTimeOffset Now => Time.GetUtcNow();

    public string Project => Route("project");

    public string Route(string name) => (string?)Http.Request.RouteValues[name] ?? "";

    public string? Query(string name)
    {
        var v = Http.Request.Query[name];
        return v.Count == 0 ? null : v[0];
    }

    public bool QueryBool(string name) => string.Equals(Query(name), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Takes the store's write lock for the rest of the request (mutations only).</summary>
    public async Task LockAsync()
    {
        if (_lock is null) _lock = await WriteLock.AcquireAsync(Aborted);
    }

    public Task RequireAsync(string permission, string resourcePath, string? resourceKey = null, string? project = null) =>
        Authorizer.RequireAsync(Db, Caller, permission, project ?? Project, resourcePath, resourceKey, Aborted);

    public Task<bool> HasAsync(string permission, string project, string? resourceKey) =>
        Authorizer.HasAsync(Db, Caller, permission, project, resourceKey, Aborted);

    /// <summary>The deepest JSON nesting a body may have (Compute's own limit is not documented; its resources nest far less).</summary>
    public const int MaxBodyDepth = 32;

    private static readonly JsonDocumentOptions BodyOptions = new() { AllowDuplicateProperties = false, MaxDepth = MaxBodyDepth };

    /// <summary>
    /// Reads the JSON object body. Malformed JSON, a duplicate key or nesting deeper than <see cref="MaxBodyDepth"/>
    /// → 400 parseError; unknown fields are kept and ignored. With <paramref name="allowEmpty"/>, an empty body or
    /// the empty JSON string <c>""</c> (what Google's Node client sends for an empty message) reads as <c>{}</c>.
    /// </summary>
    public async Task<JsonObject> ReadBodyAsync(bool allowEmpty = false)
    {
        using var reader = new StreamReader(Http.Request.Body);
        var text = await reader.ReadToEndAsync(Aborted);
        if (string.IsNullOrWhiteSpace(text) || (allowEmpty && text.Trim() == "\"\""))
        {
            if (allowEmpty) return [];
            throw GoogleErrors.Required("resource");
        }
        try
        {
            return JsonNode.Parse(text, documentOptions: BodyOptions) as JsonObject ?? throw GoogleErrors.ParseError("The request body must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw GoogleErrors.ParseError(e.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _lock?.Dispose();
        _lock = null;
        await Db.DisposeAsync();
    }
}
