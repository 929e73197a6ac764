using MachineImagesConsole.Compute.Validation;

namespace MachineImagesConsole.Model.HelpDesk;

/// <summary>
/// The field rules of the self-service page's two forms (new clone, approve a machine image), checked before anything
/// is sent; field → message. The services check the same again on the server (guardrails, the image exists).
/// </summary>
public static class SelfServiceForms
{
    public const string ImageField = "image";
    public const string NameField = "name";
    public const string ReasonField = "reason";
    public const string TtlField = "ttl";
    public const string ProjectField = "project";
    public const string MachineImageField = "machineImage";

    public static IReadOnlyDictionary<string, string> ValidateClone(string? image, string name, string reason, int ttlHours, TimeSpan maxTtl)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(image)) errors[ImageField] = "Choose an approved machine image.";
        if (ComputeNames.Validate(name, "Clone name") is { } problem) errors[NameField] = problem;
        if (reason.Trim().Length < CloneGuardrails.MinReasonLength)
            errors[ReasonField] = $"Give a reason of at least {CloneGuardrails.MinReasonLength} characters (ticket number and purpose).";
        if (ttlHours < 1 || ttlHours > maxTtl.TotalHours)
            errors[TtlField] = $"Between 1 and {(int)maxTtl.TotalHours} hours.";
        return errors;
    }

    public static IReadOnlyDictionary<string, string> ValidateApproval(string? project, string? machineImage)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(project)) errors[ProjectField] = "Enter the project that holds the machine image.";
        if (ComputeNames.Validate(machineImage?.Trim(), "Machine image name") is { } problem) errors[MachineImageField] = problem;
        return errors;
    }
}
