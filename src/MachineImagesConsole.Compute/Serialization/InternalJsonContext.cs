using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Serialization;

/// <summary>Google's error envelope: <c>{"error":{"code","message","status","errors":[...]}}</c>.</summary>
internal sealed class GoogleErrorResponse
{
    [JsonPropertyName("error")]
    public GoogleErrorBody? Error { get; set; }
}

internal sealed class GoogleErrorBody
{
    [JsonPropertyName("code")]
    public int? Code { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("errors")]
    public List<GoogleErrorItem>? Errors { get; set; }
}

internal sealed class GoogleErrorItem
{
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("location")]
    public string? Location { get; set; }

    [JsonPropertyName("locationType")]
    public string? LocationType { get; set; }
}

/// <summary>An OAuth 2.0 token endpoint response (success or error).</summary>
internal sealed class OAuthTokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }

    [JsonPropertyName("expires_in")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public long? ExpiresIn { get; set; }

    [JsonPropertyName("error")]
    public string? Error { get; set; }

    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; set; }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GoogleErrorResponse))]
[JsonSerializable(typeof(OAuthTokenResponse))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(MachineImagesConsole.Compute.Http.ComputeRequestRecord))]
internal sealed partial class InternalJsonContext : JsonSerializerContext;
