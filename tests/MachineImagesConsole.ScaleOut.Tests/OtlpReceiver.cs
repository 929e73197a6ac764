using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MachineImagesConsole.ScaleOut.Tests;

/// <summary>One span as OTLP carried it; <paramref name="Instance"/> is its resource's <c>service.instance.id</c> (the console's instance name).</summary>
public sealed record ReceivedSpan(string TraceId, string SpanId, string ParentSpanId, string Name, IReadOnlyDictionary<string, string> Attributes, string Instance = "");

/// <summary>
/// A minimal OTLP/HTTP (protobuf) trace receiver on loopback: the consoles export to it as to any collector, and the
/// tests read the spans. The protobuf wire format is decoded by hand for the few fields needed
/// (ExportTraceServiceRequest → ResourceSpans → Resource attributes and ScopeSpans → Span: trace id, span id, parent, name,
/// string attributes).
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();

    private OtlpReceiver(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public string Endpoint => $"http://127.0.0.1:{Port}";

    public IReadOnlyList<ReceivedSpan> Spans => [.. _spans];

    public static async Task<OtlpReceiver> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(new Uri($"http://127.0.0.1:{port}").ToString().TrimEnd('/'));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app, port);
        app.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            foreach (var span in ParseTraces(buffer.ToArray())) receiver._spans.Enqueue(span);
            return Results.Bytes([], "application/x-protobuf");
        });
        app.MapPost("/v1/metrics", () => Results.Bytes([], "application/x-protobuf"));
        app.MapPost("/v1/logs", () => Results.Bytes([], "application/x-protobuf"));
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal static List<ReceivedSpan> ParseTraces(byte[] body)
    {
        var spans = new List<ReceivedSpan>();
        foreach (var (field, resourceSpans) in Fields(body))
        {
            if (field != 1) continue;
            var instance = Fields(resourceSpans).Where(f => f.Field == 1)
                .Select(f => Attributes(f.Value).GetValueOrDefault("service.instance.id")).FirstOrDefault() ?? "";
            foreach (var (f2, scopeSpans) in Fields(resourceSpans))
            {
                if (f2 != 2) continue;
                foreach (var (f3, span) in Fields(scopeSpans))
                {
                    if (f3 == 2) spans.Add(ParseSpan(span) with { Instance = instance });
                }
            }
        }

        return spans;
    }

    /// <summary>The string attributes (field 1, KeyValue) of a Resource.</summary>
    private static Dictionary<string, string> Attributes(byte[] resource)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, value) in Fields(resource))
        {
            if (field == 1 && KeyValue(value) is ({ } key, { } text)) attributes[key] = text;
        }

        return attributes;
    }

    private static (string? Key, string? Text) KeyValue(byte[] keyValue)
    {
        string? key = null, text = null;
        foreach (var (kf, kv) in Fields(keyValue))
        {
            if (kf == 1) key = Encoding.UTF8.GetString(kv);
            if (kf == 2) text = Fields(kv).Where(a => a.Field == 1).Select(a => Encoding.UTF8.GetString(a.Value)).FirstOrDefault();
        }

        return (key, text);
    }

    private static ReceivedSpan ParseSpan(byte[] span)
    {
        string traceId = "", spanId = "", parent = "", name = "";
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, value) in Fields(span))
        {
            switch (field)
            {
                case 1: traceId = Convert.ToHexStringLower(value); break;
                case 2: spanId = Convert.ToHexStringLower(value); break;
                case 4: parent = Convert.ToHexStringLower(value); break;
                case 5: name = Encoding.UTF8.GetString(value); break;
                case 9:
                    if (KeyValue(value) is ({ } key, { } text)) attributes[key] = text;
                    break;
            }
        }

        return new ReceivedSpan(traceId, spanId, parent, name, attributes);
    }

    /// <summary>The length-delimited fields of a message (varint and fixed fields are skipped).</summary>
    private static IEnumerable<(int Field, byte[] Value)> Fields(byte[] message)
    {
        var position = 0;
        while (position < message.Length)
        {
            var tag = ReadVarint(message, ref position);
            var field = (int)(tag >> 3);
            switch (tag & 7)
            {
                case 0: ReadVarint(message, ref position); break;
                case 1: position += 8; break;
                case 5: position += 4; break;
                case 2:
                    var length = (int)ReadVarint(message, ref position);
                    yield return (field, message[position..(position + length)]);
                    position += length;
                    break;
                default: throw new FormatException($"Unsupported protobuf wire type {tag & 7}.");
            }
        }
    }

    private static ulong ReadVarint(byte[] buffer, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = buffer[position++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
        }
    }
}
