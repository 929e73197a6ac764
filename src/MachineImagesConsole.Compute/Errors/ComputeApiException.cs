using System.Net;

namespace MachineImagesConsole.Compute.Errors;

/// <summary>
/// A Compute Engine (or Resource Manager) call failed: Google's error JSON
/// (<c>{"error":{"code","message","errors":[{"reason",...}]}}</c>) as one exception.
/// </summary>
public class ComputeApiException : Exception
{
    public ComputeApiException(HttpStatusCode statusCode, string message, IReadOnlyList<ComputeErrorItem>? errors = null, string? status = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Errors = errors ?? [];
        Status = status;
        Reasons = Errors.Select(e => e.Reason).OfType<string>().Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }

    public ComputeApiException() : this(HttpStatusCode.InternalServerError, "The Compute Engine call failed.")
    {
    }

    public ComputeApiException(string message) : this(HttpStatusCode.InternalServerError, message)
    {
    }

    public ComputeApiException(string message, Exception innerException) : this(HttpStatusCode.InternalServerError, message, null, null, innerException)
    {
    }

    /// <summary>The HTTP status (for a failed operation, its <c>httpErrorStatusCode</c>).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The google.rpc status name when the server sent one (e.g. <c>NOT_FOUND</c>).</summary>
    public string? Status { get; }

    /// <summary>Every entry of <c>error.errors[]</c>.</summary>
    public IReadOnlyList<ComputeErrorItem> Errors { get; }

    /// <summary>The distinct reasons of <see cref="Errors"/>, in order.</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>
    /// True when any error carries the reason. Matching ignores case and underscores, so
    /// <c>quotaExceeded</c> also matches an operation's <c>QUOTA_EXCEEDED</c>.
    /// </summary>
    public bool HasReason(string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        var wanted = Normalize(reason);
        foreach (var r in Reasons)
        {
            if (string.Equals(Normalize(r), wanted, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound || HasReason(ComputeErrorReasons.NotFound) || HasReason(ComputeErrorReasons.OperationResourceNotFound);

    public bool IsAlreadyExists => HasReason(ComputeErrorReasons.AlreadyExists) || HasReason(ComputeErrorReasons.OperationResourceAlreadyExists)
        || (StatusCode == HttpStatusCode.Conflict && Reasons.Count == 0);

    public bool IsForbidden => HasReason(ComputeErrorReasons.Forbidden)
        || (StatusCode == HttpStatusCode.Forbidden && !IsQuotaExceeded && !IsRateLimitExceeded);

    public bool IsQuotaExceeded => HasReason(ComputeErrorReasons.QuotaExceeded);

    public bool IsRateLimitExceeded => HasReason(ComputeErrorReasons.RateLimitExceeded) || HasReason(ComputeErrorReasons.UserRateLimitExceeded)
        || StatusCode == HttpStatusCode.TooManyRequests;

    public bool IsInvalid => HasReason(ComputeErrorReasons.Invalid) || HasReason(ComputeErrorReasons.BadRequest) || HasReason(ComputeErrorReasons.Required)
        || (StatusCode == HttpStatusCode.BadRequest && Reasons.Count == 0);

    public bool IsConditionNotMet => HasReason(ComputeErrorReasons.ConditionNotMet) || StatusCode == HttpStatusCode.PreconditionFailed;

    public bool IsResourceInUse => HasReason(ComputeErrorReasons.ResourceInUseByAnotherResource) || HasReason(ComputeErrorReasons.OperationResourceInUseByAnotherResource);

    private static string Normalize(string reason) => reason.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
