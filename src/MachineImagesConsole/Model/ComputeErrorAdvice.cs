using MachineImagesConsole.Compute.Errors;

namespace MachineImagesConsole.Model;

/// <summary>Turns a Compute error into one plain sentence on what the person can do next.</summary>
public static class ComputeErrorAdvice
{
    public const string Retry = "Try again: the console sends the same request ID, so Compute will not do the work twice.";

    public static string For(ComputeApiException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.IsForbidden) return "Your Google Cloud account lacks the IAM permission for this in the project; ask a project owner to grant it.";
        if (error.IsQuotaExceeded) return "A quota is used up: delete unused resources or ask for more quota, then try again.";
        if (error.IsRateLimitExceeded) return "Compute is limiting requests: wait a minute, then try again.";
        if (error.IsAlreadyExists) return "Something with that name already exists: choose another name.";
        if (error.IsNotFound) return "It no longer exists (or the project is wrong): refresh the list and check the project.";
        if (error.IsConditionNotMet) return "Someone changed it since you opened it: reload and make your change again.";
        if (error.IsResourceInUse) return "Another resource still uses it: detach or delete that resource first.";
        if (error.HasReason("resourceNotReady")) return "It is not ready yet: wait until its status is READY, then try again.";
        if (error.IsInvalid) return "Compute rejected a value: check the fields and try again.";
        return (int)error.StatusCode >= 500 ? Retry : "Check the message above; if it looks temporary, try again.";
    }
}
