using System.Text;

namespace MachineImagesConsole.Compute.Http;

/// <summary>Which base URL a method's path is relative to.</summary>
public enum ComputeApiService
{
    /// <summary><see cref="ComputeClientOptions.BaseUrl"/> (Compute Engine v1).</summary>
    Compute,

    /// <summary><see cref="ComputeClientOptions.ResourceManagerBaseUrl"/> (Cloud Resource Manager).</summary>
    ResourceManager,
}

/// <summary>
/// One API method the client calls: its discovery id, HTTP verb, path template (relative to the service's
/// base URL, placeholders in braces) and the query parameters it may send. <see cref="ComputeApiMethods"/>
/// is the one table of these; every request URL is built by <see cref="BuildUri"/>.
/// </summary>
public sealed class ComputeApiMethod
{
    public ComputeApiMethod(string id, HttpMethod verb, string pathTemplate, IReadOnlyList<string> queryParameters, ComputeApiService service = ComputeApiService.Compute)
    {
        Id = id;
        Verb = verb;
        PathTemplate = pathTemplate;
        QueryParameters = queryParameters;
        Service = service;
        PathParameters = ParsePathParameters(pathTemplate);
    }

    /// <summary>The discovery method id, e.g. <c>compute.machineImages.insert</c>.</summary>
    public string Id { get; }

    public HttpMethod Verb { get; }

    /// <summary>e.g. <c>projects/{project}/global/machineImages</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>The placeholders of <see cref="PathTemplate"/>, in order.</summary>
    public IReadOnlyList<string> PathParameters { get; }

    /// <summary>The query parameters this method may send (camelCase, as in discovery).</summary>
    public IReadOnlyList<string> QueryParameters { get; }

    public ComputeApiService Service { get; }

    /// <summary>True when the method takes Compute's idempotency key <c>requestId</c>.</summary>
    public bool AcceptsRequestId => QueryParameters.Contains("requestId");

    /// <summary>
    /// Builds the absolute request URL: each path value is escaped as one segment; query values that are
    /// null are left out. Throws when a placeholder has no value or a query name is not in the table.
    /// </summary>
    public Uri BuildUri(Uri baseUrl, IReadOnlyList<string> pathValues, IEnumerable<KeyValuePair<string, string?>>? query = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(pathValues);
        if (pathValues.Count != PathParameters.Count)
            throw new ArgumentException($"{Id} needs {PathParameters.Count} path values ({string.Join(", ", PathParameters)}), got {pathValues.Count}.", nameof(pathValues));

        var sb = new StringBuilder(baseUrl.AbsoluteUri.Length + PathTemplate.Length + 64);
        var root = baseUrl.GetLeftPart(UriPartial.Path);
        sb.Append(root);
        if (!root.EndsWith('/')) sb.Append('/');

        var index = 0;
        var pos = 0;
        while (pos < PathTemplate.Length)
        {
            var open = PathTemplate.IndexOf('{', pos);
            if (open < 0)
            {
                sb.Append(PathTemplate, pos, PathTemplate.Length - pos);
                break;
            }
            sb.Append(PathTemplate, pos, open - pos);
            var close = PathTemplate.IndexOf('}', open);
            var value = pathValues[index];
            if (string.IsNullOrEmpty(value))
                throw new ArgumentException($"{Id}: path parameter '{PathParameters[index]}' must not be empty.", nameof(pathValues));
            sb.Append(Uri.EscapeDataString(value));
            index++;
            pos = close + 1;
        }

        var separator = '?';
        if (query is not null)
        {
            foreach (var (name, value) in query)
            {
                if (!QueryParameters.Contains(name))
                    throw new ArgumentException($"{Id} does not declare the query parameter '{name}'.", nameof(query));
                if (value is null) continue;
                sb.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
                separator = '&';
            }
        }
        return new Uri(sb.ToString(), UriKind.Absolute);
    }

    public override string ToString() => $"{Id}: {Verb} {PathTemplate}";

    private static string[] ParsePathParameters(string template)
    {
        var names = new List<string>();
        var pos = 0;
        while ((pos = template.IndexOf('{', pos)) >= 0)
        {
            var close = template.IndexOf('}', pos);
            if (close < 0) throw new ArgumentException($"Unclosed placeholder in '{template}'.", nameof(template));
            names.Add(template[(pos + 1)..close]);
            pos = close + 1;
        }
        return [.. names];
    }
}
