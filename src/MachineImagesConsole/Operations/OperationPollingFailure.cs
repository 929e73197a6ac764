using System.Net;
using MachineImagesConsole.Compute.Errors;

namespace MachineImagesConsole.Operations;

/// <summary>Tells failures that polling again cannot fix (the operation is gone, access was refused) from passing ones.</summary>
internal static class OperationPollingFailure
{
    public static bool IsPermanent(Exception error) => error switch
    {
        ComputeApiException api => (int)api.StatusCode is >= 400 and < 500
            && api.StatusCode is not HttpStatusCode.RequestTimeout and not HttpStatusCode.TooManyRequests
            && !api.IsRateLimitExceeded,
        _ => false,
    };

    public static IReadOnlyList<string> Reasons(Exception error) => error switch
    {
        ComputeApiException { Reasons.Count: > 0 } api => api.Reasons,
        ComputeApiException api => [((int)api.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)],
        _ => ["pollingFailed"],
    };
}
