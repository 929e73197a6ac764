namespace MachineImagesConsole.Compute.Errors;

/// <summary>Error reasons Compute Engine returns (compute-api-notes.md section 7), plus the UPPER_SNAKE codes of failed operations.</summary>
public static class ComputeErrorReasons
{
    public const string NotFound = "notFound";
    public const string AlreadyExists = "alreadyExists";
    public const string Forbidden = "forbidden";
    public const string QuotaExceeded = "quotaExceeded";
    public const string RateLimitExceeded = "rateLimitExceeded";
    public const string UserRateLimitExceeded = "userRateLimitExceeded";
    public const string Invalid = "invalid";
    public const string BadRequest = "badRequest";
    public const string Required = "required";
    public const string Conflict = "conflict";
    public const string ConditionNotMet = "conditionNotMet";
    public const string ResourceInUseByAnotherResource = "resourceInUseByAnotherResource";
    public const string ResourceNotReady = "resourceNotReady";
    public const string Unauthorized = "unauthorized";
    public const string AuthError = "authError";
    public const string BackendError = "backendError";

    /// <summary>Operation error codes (<c>Operation.error.errors[].code</c>).</summary>
    public const string OperationQuotaExceeded = "QUOTA_EXCEEDED";
    public const string OperationResourceNotFound = "RESOURCE_NOT_FOUND";
    public const string OperationResourceAlreadyExists = "RESOURCE_ALREADY_EXISTS";
    public const string OperationResourceInUseByAnotherResource = "RESOURCE_IN_USE_BY_ANOTHER_RESOURCE";
    public const string OperationZoneResourcePoolExhausted = "ZONE_RESOURCE_POOL_EXHAUSTED";
}
