using System.Net;
using System.Text;

namespace MachineImagesConsole.Compute.Tests.Fakes;

/// <summary>A recorded request: what the client sent, captured before the response is produced.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Body, string? Authorization, string? ContentType, DateTimeOffset At)
{
    public string PathAndQuery => Uri.PathAndQuery;

    public string? Query(string name)
    {
        var query = Uri.Query.TrimStart('?');
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            if (key == name) return eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..]);
        }
        return null;
    }
}

/// <summary>
/// A hand-written HTTP fake: answers each request with the next queued responder (or the fallback) and
/// records every request. Responders run synchronously, so tests with a fake clock stay deterministic.
/// </summary>
public sealed class FakeHttpHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> responders = new();
    private readonly List<RecordedRequest> requests = [];
    private readonly Lock gate = new();

    private static readonly Func<HttpRequestMessage, HttpResponseMessage> Hang = _ => throw new InvalidOperationException("hang marker");

    public Func<HttpRequestMessage, HttpResponseMessage>? Fallback { get; set; }

    /// <summary>The clock that stamps <see cref="RecordedRequest.At"/> (system time when null).</summary>
    public TimeProvider? Clock { get; set; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate) return [.. requests];
        }
    }

    public int Count
    {
        get
        {
            lock (gate) return requests.Count;
        }
    }

    public FakeHttpHandler Enqueue(Func<HttpRequestMessage, HttpResponseMessage> responder)
    {
        lock (gate) responders.Enqueue(responder);
        return this;
    }

    public FakeHttpHandler EnqueueJson(string json, HttpStatusCode status = HttpStatusCode.OK) => Enqueue(_ => Json(json, status));

    public FakeHttpHandler EnqueueStatus(HttpStatusCode status) => Enqueue(_ => new HttpResponseMessage(status) { Content = new StringContent(string.Empty) });

    public FakeHttpHandler EnqueueThrow(Exception exception) => Enqueue(_ => throw exception);

    /// <summary>The next request never completes until its cancellation token fires.</summary>
    public FakeHttpHandler EnqueueHang() => Enqueue(Hang);

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage GoogleError(HttpStatusCode status, string reason, string message = "boom") =>
        Json($$$"""{"error":{"code":{{{(int)status}}},"message":"{{{message}}}","errors":[{"message":"{{{message}}}","domain":"global","reason":"{{{reason}}}"}]}}""", status);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var body = request.Content?.ReadAsStringAsync(cancellationToken).GetAwaiter().GetResult();
        Func<HttpRequestMessage, HttpResponseMessage>? responder;
        lock (gate)
        {
            requests.Add(new RecordedRequest(request.Method, request.RequestUri!, body, request.Headers.Authorization?.ToString(), request.Content?.Headers.ContentType?.MediaType, (Clock ?? TimeProvider.System).GetUtcNow()));
            responder = responders.Count > 0 ? responders.Dequeue() : Fallback;
        }
        if (responder is null) throw new InvalidOperationException($"No response queued for {request.Method} {request.RequestUri}.");
        if (ReferenceEquals(responder, Hang)) return HangAsync(cancellationToken);
        var response = responder(request);
        response.RequestMessage = request;
        return Task.FromResult(response);
    }

    private static async Task<HttpResponseMessage> HangAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }
}
