using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Http;

/// <summary>
/// One mutating Compute call, as sent: the discovery method, its path values, its query and its JSON body. Stored
/// before the call goes on the wire so that the very same request (same <c>requestId</c>) can be sent again later,
/// on any base URL, with <see cref="ComputeClient.ResendAsync"/>.
/// </summary>
/// <param name="MethodId">The discovery method id (<c>compute.machineImages.insert</c>).</param>
/// <param name="Path">The values of the method's path parameters, in order.</param>
/// <param name="Query">The query parameters sent (null values left out).</param>
/// <param name="Body">The JSON body, or null.</param>
public sealed record ComputeRequestRecord(
    [property: JsonPropertyName("method")] string MethodId,
    [property: JsonPropertyName("path")] IReadOnlyList<string> Path,
    [property: JsonPropertyName("query")] IReadOnlyDictionary<string, string> Query,
    [property: JsonPropertyName("body")] string? Body)
{
    /// <summary>The <c>requestId</c> the request carries, or null (then resending it is not safe).</summary>
    [JsonIgnore]
    public Guid? RequestId => Query.TryGetValue("requestId", out var raw) && Guid.TryParse(raw, out var id) ? id : null;

    /// <summary>The project (first path value), for Compute methods.</summary>
    [JsonIgnore]
    public string? Project => Method?.PathParameters is ["project", ..] && Path.Count > 0 ? Path[0] : null;

    /// <summary>
    /// Where the operation this request starts lives: <c>zones/{z}</c> or <c>regions/{r}</c> when the method's path has one, else
    /// <c>global</c>.
    /// </summary>
    [JsonIgnore]
    public string OperationScope
    {
        get
        {
            var parameters = Method?.PathParameters ?? [];
            for (var i = 0; i < parameters.Count && i < Path.Count; i++)
            {
                if (parameters[i] == "zone") return Links.ResourceLinks.ZoneScope(Path[i]);
                if (parameters[i] == "region") return Links.ResourceLinks.RegionScope(Path[i]);
            }
            return Links.ResourceLinks.GlobalScope;
        }
    }

    /// <summary>The method table entry, or null when the id is unknown.</summary>
    [JsonIgnore]
    public ComputeApiMethod? Method => ComputeApiMethods.All.FirstOrDefault(m => m.Id == MethodId);

    /// <summary>The record as JSON (for storage).</summary>
    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this, Serialization.InternalJsonContext.Default.ComputeRequestRecord);

    /// <summary>Reads <see cref="ToJson"/>'s output; null when empty or not a request record.</summary>
    public static ComputeRequestRecord? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize(json, Serialization.InternalJsonContext.Default.ComputeRequestRecord);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
