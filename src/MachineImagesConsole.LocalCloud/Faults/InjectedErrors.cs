using MachineImagesConsole.LocalCloud.Endpoints;

namespace MachineImagesConsole.LocalCloud.Faults;

/// <summary>The Google error an injected error fault answers, worded as Compute's front end words it.</summary>
public static class InjectedErrors
{
    public static ComputeException For(FaultDecision decision) => decision.Status switch
    {
        429 => new ComputeException(429, "rateLimitExceeded", "Rate Limit Exceeded (LocalCloud injected fault)"),
        503 => new ComputeException(503, "backendError", "The service is currently unavailable. (LocalCloud injected fault)"),
        >= 500 => new ComputeException(decision.Status, "backendError", "Internal error. Please try again or contact Google Support. (LocalCloud injected fault)"),
        _ => new ComputeException(decision.Status, "invalid", "Injected fault (LocalCloud)"),
    };
}
