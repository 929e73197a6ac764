namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>Operation.warnings.code</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class WarningCode
{
    /// <summary>Warning about failed cleanup of transient changes made by a failed operation.</summary>
    public const string CleanupFailed = "CLEANUP_FAILED";

    /// <summary>A link to a deprecated resource was created.</summary>
    public const string DeprecatedResourceUsed = "DEPRECATED_RESOURCE_USED";

    /// <summary>When deploying and at least one of the resources has a type marked as deprecated</summary>
    public const string DeprecatedTypeUsed = "DEPRECATED_TYPE_USED";

    /// <summary>The user created a boot disk that is larger than image size.</summary>
    public const string DiskSizeLargerThanImageSize = "DISK_SIZE_LARGER_THAN_IMAGE_SIZE";

    /// <summary>When deploying and at least one of the resources has a type marked as experimental</summary>
    public const string ExperimentalTypeUsed = "EXPERIMENTAL_TYPE_USED";

    /// <summary>Warning that is present in an external api call</summary>
    public const string ExternalApiWarning = "EXTERNAL_API_WARNING";

    /// <summary>Warning that value of a field has been overridden. Deprecated unused field.</summary>
    public const string FieldValueOverriden = "FIELD_VALUE_OVERRIDEN";

    /// <summary>The operation involved use of an injected kernel, which is deprecated.</summary>
    public const string InjectedKernelsDeprecated = "INJECTED_KERNELS_DEPRECATED";

    /// <summary>A WEIGHTED_MAGLEV backend service is associated with a health check that is not of type HTTP/HTTPS/HTTP2.</summary>
    public const string InvalidHealthCheckForDynamicWieghtedLb = "INVALID_HEALTH_CHECK_FOR_DYNAMIC_WIEGHTED_LB";

    /// <summary>When deploying a deployment with a exceedingly large number of resources</summary>
    public const string LargeDeploymentWarning = "LARGE_DEPLOYMENT_WARNING";

    /// <summary>Resource can't be retrieved due to list overhead quota exceed which captures the amount of resources filtered out by user-defined list filter.</summary>
    public const string ListOverheadQuotaExceed = "LIST_OVERHEAD_QUOTA_EXCEED";

    /// <summary>A resource depends on a missing type</summary>
    public const string MissingTypeDependency = "MISSING_TYPE_DEPENDENCY";

    /// <summary>The route's nextHopIp address is not assigned to an instance on the network.</summary>
    public const string NextHopAddressNotAssigned = "NEXT_HOP_ADDRESS_NOT_ASSIGNED";

    /// <summary>The route's next hop instance cannot ip forward.</summary>
    public const string NextHopCannotIpForward = "NEXT_HOP_CANNOT_IP_FORWARD";

    /// <summary>The route's nextHopInstance URL refers to an instance that does not have an ipv6 interface on the same network as the route.</summary>
    public const string NextHopInstanceHasNoIpv6Interface = "NEXT_HOP_INSTANCE_HAS_NO_IPV6_INTERFACE";

    /// <summary>The route's nextHopInstance URL refers to an instance that does not exist.</summary>
    public const string NextHopInstanceNotFound = "NEXT_HOP_INSTANCE_NOT_FOUND";

    /// <summary>The route's nextHopInstance URL refers to an instance that is not on the same network as the route.</summary>
    public const string NextHopInstanceNotOnNetwork = "NEXT_HOP_INSTANCE_NOT_ON_NETWORK";

    /// <summary>The route's next hop instance does not have a status of RUNNING.</summary>
    public const string NextHopNotRunning = "NEXT_HOP_NOT_RUNNING";

    /// <summary>Error which is not critical. We decided to continue the process despite the mentioned error.</summary>
    public const string NotCriticalError = "NOT_CRITICAL_ERROR";

    /// <summary>No results are present on a particular list page.</summary>
    public const string NoResultsOnPage = "NO_RESULTS_ON_PAGE";

    /// <summary>Success is reported, but some results may be missing due to errors</summary>
    public const string PartialSuccess = "PARTIAL_SUCCESS";

    /// <summary>The user attempted to use a resource that requires a TOS they have not accepted.</summary>
    public const string RequiredTosAgreement = "REQUIRED_TOS_AGREEMENT";

    /// <summary>Warning that a resource is in use.</summary>
    public const string ResourceInUseByOtherResourceWarning = "RESOURCE_IN_USE_BY_OTHER_RESOURCE_WARNING";

    /// <summary>One or more of the resources set to auto-delete could not be deleted because they were in use.</summary>
    public const string ResourceNotDeleted = "RESOURCE_NOT_DELETED";

    /// <summary>When a resource schema validation is ignored.</summary>
    public const string SchemaValidationIgnored = "SCHEMA_VALIDATION_IGNORED";

    /// <summary>Instance template used in instance group manager is valid as such, but its application does not make a lot of sense, because it allows only single instance in instance group.</summary>
    public const string SingleInstancePropertyTemplate = "SINGLE_INSTANCE_PROPERTY_TEMPLATE";

    /// <summary>When undeclared properties in the schema are present</summary>
    public const string UndeclaredProperties = "UNDECLARED_PROPERTIES";

    /// <summary>A given scope cannot be reached.</summary>
    public const string Unreachable = "UNREACHABLE";
}
