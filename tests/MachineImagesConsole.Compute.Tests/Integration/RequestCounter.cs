namespace MachineImagesConsole.Compute.Tests.Integration;

/// <summary>Counts the HTTP requests that reach the wire (below the retry handler), by method and path.</summary>
public sealed class RequestCounter : DelegatingHandler
{
    private readonly List<(string Method, string Path, string Query)> requests = [];

    public RequestCounter(HttpMessageHandler inner) : base(inner)
    {
    }

    public int Count(HttpMethod method, string pathSuffix)
    {
        lock (requests)
            return requests.Count(r => r.Method == method.Method && r.Path.EndsWith(pathSuffix, StringComparison.Ordinal));
    }

    public IReadOnlyList<string> QueriesOf(HttpMethod method, string pathSuffix)
    {
        lock (requests)
            return [.. requests.Where(r => r.Method == method.Method && r.Path.EndsWith(pathSuffix, StringComparison.Ordinal)).Select(r => r.Query)];
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (requests) requests.Add((request.Method.Method, request.RequestUri!.AbsolutePath, request.RequestUri.Query));
        return base.SendAsync(request, cancellationToken);
    }
}
