using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Hosting;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>Writes Compute responses: JSON with stored links rewritten to the public origin.</summary>
public static class ComputeJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task WriteAsync(HttpContext http, JsonNode? body, int status)
    {
        http.Response.StatusCode = status;
        if (body is null) return;
        var origin = http.RequestServices.GetRequiredService<PublicOrigin>();
        var pretty = !string.Equals(http.Request.Query["prettyPrint"], "false", StringComparison.OrdinalIgnoreCase);
        var text = origin.Rewrite(body.ToJsonString(pretty ? Indented : null));
        http.Response.ContentType = "application/json; charset=UTF-8";
        await http.Response.WriteAsync(text, Encoding.UTF8, http.RequestAborted);
    }

    public static Task WriteErrorAsync(HttpContext http, ComputeException error)
    {
        if (error.Status == 401) http.Response.Headers.WWWAuthenticate = "Bearer realm=\"https://accounts.google.com/\"";
        return WriteAsync(http, GoogleErrors.Body(error), error.Status);
    }

    /// <summary>An int64/uint64 on the wire: a JSON string.</summary>
    public static JsonNode Int64(long value) => JsonValue.Create(value.ToString(System.Globalization.CultureInfo.InvariantCulture))!;

    public static long? ReadInt64(JsonNode? node)
    {
        if (node is not JsonValue v) return null;
        if (v.TryGetValue<long>(out var l)) return l;
        if (v.TryGetValue<string>(out var s) && long.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var p)) return p;
        if (v.TryGetValue<double>(out var d)) return (long)d;
        return null;
    }

    public static string? ReadString(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static bool ReadBool(JsonNode? node) =>
        node is JsonValue v && ((v.TryGetValue<bool>(out var b) && b) || (v.TryGetValue<string>(out var s) && s == "true"));
}
