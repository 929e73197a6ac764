using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Represents an Operation resource.</summary>
public sealed class Operation
{
    /// <summary>[Output Only] The value of `requestId` if you provided it in the request.</summary>
    [JsonPropertyName("clientOperationId")]
    public string? ClientOperationId { get; set; }

    /// <summary>[Deprecated] This field is deprecated.</summary>
    [JsonPropertyName("creationTimestamp")]
    public string? CreationTimestamp { get; set; }

    /// <summary>[Output Only] A textual description of the operation, which is set when the operation is created.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>[Output Only] The time that this operation was completed.</summary>
    [JsonPropertyName("endTime")]
    public string? EndTime { get; set; }

    /// <summary>[Output Only] If errors are generated during processing of the operation, this field will be populated.</summary>
    [JsonPropertyName("error")]
    public OperationError? Error { get; set; }

    /// <summary>[Output Only] If the operation fails, this field contains the HTTP error message that was returned, such as `NOT FOUND`.</summary>
    [JsonPropertyName("httpErrorMessage")]
    public string? HttpErrorMessage { get; set; }

    /// <summary>[Output Only] If the operation fails, this field contains the HTTP error status code that was returned.</summary>
    [JsonPropertyName("httpErrorStatusCode")]
    public int? HttpErrorStatusCode { get; set; }

    /// <summary>[Output Only] The unique identifier for the operation.</summary>
    [JsonPropertyName("id")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? Id { get; set; }

    /// <summary>[Output Only] The time that this operation was requested.</summary>
    [JsonPropertyName("insertTime")]
    public string? InsertTime { get; set; }

    /// <summary>[Output Only] Type of the resource.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>[Output Only] Name of the operation.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>[Output Only] An ID that represents a group of operations, such as when a group of operations results from a `bulkInsert` API request.</summary>
    [JsonPropertyName("operationGroupId")]
    public string? OperationGroupId { get; set; }

    /// <summary>[Output Only] The type of operation, such as `insert`, `update`, or `delete`, and so on.</summary>
    [JsonPropertyName("operationType")]
    public string? OperationType { get; set; }

    /// <summary>[Output Only] An optional progress indicator that ranges from 0 to 100.</summary>
    [JsonPropertyName("progress")]
    public int? Progress { get; set; }

    /// <summary>[Output Only] The URL of the region where the operation resides.</summary>
    [JsonPropertyName("region")]
    public string? Region { get; set; }

    /// <summary>[Output Only] Server-defined URL for the resource.</summary>
    [JsonPropertyName("selfLink")]
    public string? SelfLink { get; set; }

    /// <summary>[Output Only] The time that this operation was started by the server.</summary>
    [JsonPropertyName("startTime")]
    public string? StartTime { get; set; }

    /// <summary>[Output Only] The status of the operation, which can be one of the following: `PENDING`, `RUNNING`, or `DONE`.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>[Output Only] An optional textual description of the current status of the operation.</summary>
    [JsonPropertyName("statusMessage")]
    public string? StatusMessage { get; set; }

    /// <summary>[Output Only] The unique target ID, which identifies a specific incarnation of the target resource.</summary>
    [JsonPropertyName("targetId")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public ulong? TargetId { get; set; }

    /// <summary>[Output Only] The URL of the resource that the operation modifies.</summary>
    [JsonPropertyName("targetLink")]
    public string? TargetLink { get; set; }

    /// <summary>[Output Only] User who requested the operation, for example: `user@example.com`.</summary>
    [JsonPropertyName("user")]
    public string? User { get; set; }

    /// <summary>[Output Only] If warning messages are generated during processing of the operation, this field will be populated.</summary>
    [JsonPropertyName("warnings")]
    public List<ComputeWarning>? Warnings { get; set; }

    /// <summary>[Output Only] The URL of the zone where the operation resides.</summary>
    [JsonPropertyName("zone")]
    public string? Zone { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
