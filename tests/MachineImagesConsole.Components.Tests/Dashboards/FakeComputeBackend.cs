using System.Net;
using System.Text;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Credentials;

namespace MachineImagesConsole.Components.Tests.Dashboards;

/// <summary>
/// Compute in memory for page tests: canned JSON per URL path (query ignored); every request is recorded.
/// It is also the <see cref="IComputeClientFactory"/> that builds real <see cref="ComputeClient"/>s over itself.
/// </summary>
internal sealed class FakeComputeBackend : HttpMessageHandler, IComputeClientFactory
{
    public const string BaseUrl = "http://compute.test/compute/v1/";
    private readonly Dictionary<string, (HttpStatusCode Status, string Json)> _routes = new(StringComparer.Ordinal);
    private readonly List<Uri> _requests = [];
    private readonly List<HttpMethod> _methods = [];

    public IReadOnlyList<Uri> Requests
    {
        get { lock (_requests) return [.. _requests]; }
    }

    /// <summary>The HTTP methods of <see cref="Requests"/>, in the same order.</summary>
    public IReadOnlyList<HttpMethod> Methods
    {
        get { lock (_requests) return [.. _methods]; }
    }

    /// <summary>Answers GET <c>/compute/v1/{path}</c> with the JSON.</summary>
    public FakeComputeBackend On(string path, string json, HttpStatusCode status = HttpStatusCode.OK)
    {
        _routes["/compute/v1/" + path.TrimStart('/')] = (status, json);
        return this;
    }

    public FakeComputeBackend OnError(string path, int code, string reason, string message)
        => On(path, "{\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\",\"errors\":[{\"message\":\"" + message
            + "\",\"domain\":\"global\",\"reason\":\"" + reason + "\"}]}}", (HttpStatusCode)code);

    /// <summary>Answers a POST to <c>/compute/v1/{path}</c> with Google's error body (GETs of the same path keep their answer).</summary>
    public FakeComputeBackend OnPostError(string path, int code, string reason, string message)
    {
        _routes["POST /compute/v1/" + path.TrimStart('/')] = ((HttpStatusCode)code, "{\"error\":{\"code\":" + code + ",\"message\":\"" + message
            + "\",\"errors\":[{\"message\":\"" + message + "\",\"domain\":\"global\",\"reason\":\"" + reason + "\"}]}}");
        return this;
    }

    public ComputeClient Create(IAccessTokenProvider tokens) => new(
        new HttpClient(this, disposeHandler: false),
        tokens,
        new ComputeClientOptions
        {
            BaseUrl = new Uri(BaseUrl),
            ResourceManagerBaseUrl = new Uri("http://compute.test/"),
            MaxAttempts = 1,
            OperationPollInterval = TimeSpan.Zero,
        });

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (_requests)
        {
            _requests.Add(request.RequestUri!);
            _methods.Add(request.Method);
        }
        var (status, json) = _routes.TryGetValue(request.Method.Method + " " + request.RequestUri!.AbsolutePath, out var route)
            || _routes.TryGetValue(request.RequestUri!.AbsolutePath, out route)
            ? route
            : (HttpStatusCode.NotFound, "{\"error\":{\"code\":404,\"message\":\"The resource '" + request.RequestUri.AbsolutePath
                + "' was not found\",\"errors\":[{\"message\":\"not found\",\"domain\":\"global\",\"reason\":\"notFound\"}]}}");
        return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }
}
