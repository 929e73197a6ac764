using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Compute.Http;

/// <summary>Sends one API call: builds the URL from the method table, adds the bearer token, maps errors.</summary>
internal sealed class ComputeTransport(HttpClient http, IAccessTokenProvider tokens, ComputeClientOptions options)
{
    private static readonly MediaTypeWithQualityHeaderValue JsonMediaType = new("application/json");

    public ComputeClientOptions Options => options;

    public async Task<TResponse> SendAsync<TResponse>(
        ComputeApiMethod method, string[] path, IEnumerable<KeyValuePair<string, string?>>? query, HttpContent? content,
        JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(method, path, query, content, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using var disposeStream = stream.ConfigureAwait(false);
        TResponse? result;
        try
        {
            result = await JsonSerializer.DeserializeAsync(stream, responseType, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new ComputeApiException(response.StatusCode, $"{method.Id} returned a body that is not valid {typeof(TResponse).Name} JSON: {ex.Message}", null, null, ex);
        }
        return result ?? throw new ComputeApiException(response.StatusCode, $"{method.Id} returned an empty body.");
    }

    public async Task SendAsync(ComputeApiMethod method, string[] path, IEnumerable<KeyValuePair<string, string?>>? query, HttpContent? content, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(method, path, query, content, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ListPage<T>> ListPageAsync<TList, T>(
        ComputeApiMethod method, string[] path, ListOptions? listOptions, JsonTypeInfo<TList> listType, CancellationToken cancellationToken)
        where TList : IComputeList<T>
    {
        var list = await SendAsync(method, path, ListQuery(listOptions), null, listType, cancellationToken).ConfigureAwait(false);
        return new ListPage<T>(list.Items, string.IsNullOrEmpty(list.NextPageToken) ? null : list.NextPageToken, list.Warning);
    }

    public async IAsyncEnumerable<T> ListAllAsync<TList, T>(
        ComputeApiMethod method, string[] path, ListOptions? listOptions, JsonTypeInfo<TList> listType,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TList : IComputeList<T>
    {
        var current = listOptions ?? new ListOptions();
        while (true)
        {
            var page = await ListPageAsync<TList, T>(method, path, current, listType, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items) yield return item;
            if (page.NextPageToken is null) yield break;
            if (page.NextPageToken == current.PageToken)
                throw new ComputeApiException(System.Net.HttpStatusCode.InternalServerError, $"{method.Id} returned the same nextPageToken twice; stopping to avoid an endless loop.");
            current = current with { PageToken = page.NextPageToken };
        }
    }

    /// <summary>Sends a stored request again, exactly as recorded (same query, so the same <c>requestId</c>).</summary>
    public async Task<string> ResendAsync(ComputeRequestRecord request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = request.Method ?? throw new ArgumentException($"Unknown Compute method '{request.MethodId}'.", nameof(request));
        HttpContent? content = null;
        if (request.Body is not null)
        {
            content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(request.Body));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }
        using var response = await SendCoreAsync(method, [.. request.Path], request.Query.Select(q => new KeyValuePair<string, string?>(q.Key, q.Value)), content, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    public static HttpContent Json<T>(T body, JsonTypeInfo<T> bodyType)
    {
        // Bytes, not a stream: the retry handler may send the same content more than once.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, bodyType));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    /// <summary>The standard list parameters as query values.</summary>
    public static List<KeyValuePair<string, string?>> ListQuery(ListOptions? listOptions) =>
    [
        new("filter", NullIfEmpty(listOptions?.Filter)),
        new("maxResults", listOptions?.MaxResults?.ToString(CultureInfo.InvariantCulture)),
        new("orderBy", NullIfEmpty(listOptions?.OrderBy)),
        new("pageToken", NullIfEmpty(listOptions?.PageToken)),
        new("returnPartialSuccess", Bool(listOptions?.ReturnPartialSuccess)),
    ];

    /// <summary>The caller's idempotency key, or a new one for this logical call (made once, before any retry).</summary>
    public static string RequestId(Guid? requestId)
    {
        if (requestId == Guid.Empty)
            throw new ArgumentException("requestId must not be the all-zero UUID.", nameof(requestId));
        return (requestId ?? Guid.NewGuid()).ToString("D");
    }

    private static string? RequestIdOf(IEnumerable<KeyValuePair<string, string?>>? query)
        => query?.FirstOrDefault(p => string.Equals(p.Key, "requestId", StringComparison.Ordinal)).Value;

    public static string? Bool(bool? value) => value switch { true => "true", false => "false", null => null };

    public static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private async Task<HttpResponseMessage> SendCoreAsync(ComputeApiMethod method, string[] path, IEnumerable<KeyValuePair<string, string?>>? query, HttpContent? content, CancellationToken cancellationToken)
    {
        var baseUrl = method.Service == ComputeApiService.ResourceManager ? options.ResourceManagerBaseUrl : options.BaseUrl;
        var materialized = query?.Where(q => q.Value is not null).ToList();
        var uri = method.BuildUri(baseUrl, path, materialized);
        if (method.Verb != HttpMethod.Get)
        {
            var body = content is null ? null : await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            await ComputeRequestCapture.BeforeSendAsync(
                new ComputeRequestRecord(method.Id, path, (materialized ?? []).ToDictionary(q => q.Key, q => q.Value!, StringComparer.Ordinal), body),
                cancellationToken).ConfigureAwait(false);
        }
        var token = await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(token)) throw new AccessTokenException("The access token provider returned an empty token.");

        using var request = new HttpRequestMessage(method.Verb, uri) { Content = content };
        var attempts = new ComputeTelemetry.StrongBoxInt();
        request.Options.Set(ComputeTelemetry.AttemptsOption, attempts);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(JsonMediaType);
        request.Options.Set(ComputeResilience.MethodIdOption, method.Id);
        if (content is null && method.Verb == HttpMethod.Post)
        {
            // Google requires a length on bodiless POSTs (start, stop, wait).
            request.Content = new ByteArrayContent([]);
        }

        using var activity = ComputeTelemetry.StartCall(method, RequestIdOf(query));
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            ComputeTelemetry.Record(activity, method, null, Math.Max(attempts.Value, 1), System.Diagnostics.Stopwatch.GetElapsedTime(started), ex);
            if (ex is Polly.Timeout.TimeoutRejectedException timedOut)
            {
                // A TimeoutException, as every caller expects of an attempt that never answered (an ambiguous outcome).
                throw new TimeoutException($"The request {method.Verb} {uri.AbsolutePath} did not complete within {options.AttemptTimeout}.", timedOut);
            }

            throw;
        }

        ComputeTelemetry.Record(activity, method, response.StatusCode, Math.Max(attempts.Value, 1), System.Diagnostics.Stopwatch.GetElapsedTime(started), null);
        if (response.IsSuccessStatusCode) return response;

        using (response)
        {
            string? body = null;
            try
            {
                body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException)
            {
                // The error body could not be read; the status alone still makes a sensible exception.
            }
            throw ComputeErrorParser.FromResponse(response.StatusCode, response.ReasonPhrase, body, $"{method.Verb} {uri.AbsolutePath}");
        }
    }
}
