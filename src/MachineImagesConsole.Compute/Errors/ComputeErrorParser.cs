using System.Net;
using System.Text.Json;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.Errors;

/// <summary>The one map from an HTTP error response to <see cref="ComputeApiException"/>.</summary>
internal static class ComputeErrorParser
{
    private const int MaxBodyInMessage = 512;

    public static ComputeApiException FromResponse(HttpStatusCode statusCode, string? reasonPhrase, string? body, string? requestDescription = null)
    {
        GoogleErrorBody? error = null;
        if (!string.IsNullOrWhiteSpace(body) && body.TrimStart().StartsWith('{'))
        {
            try
            {
                error = JsonSerializer.Deserialize(body, InternalJsonContext.Default.GoogleErrorResponse)?.Error;
            }
            catch (JsonException)
            {
                // Not Google's envelope; fall through to the plain-text message.
            }
        }

        var where = requestDescription is null ? string.Empty : $" ({requestDescription})";
        if (error is not null && (error.Message is not null || error.Errors is { Count: > 0 }))
        {
            var items = error.Errors?.Select(e => new ComputeErrorItem(e.Reason, e.Message, e.Domain, e.Location, e.LocationType)).ToList() ?? [];
            var message = error.Message ?? items.FirstOrDefault(i => i.Message is not null)?.Message ?? $"HTTP {(int)statusCode} {reasonPhrase}";
            return new ComputeApiException(statusCode, message, items, error.Status);
        }

        var text = string.IsNullOrWhiteSpace(body) ? string.Empty : ": " + Truncate(body.Trim());
        return new ComputeApiException(statusCode, $"HTTP {(int)statusCode} {reasonPhrase ?? statusCode.ToString()}{where}{text}");
    }

    private static string Truncate(string s) => s.Length <= MaxBodyInMessage ? s : s[..MaxBodyInMessage] + "…";
}
