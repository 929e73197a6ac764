using System.Text.RegularExpressions;
using MachineImagesConsole.Compute.Validation;

namespace MachineImagesConsole.Operations;

/// <summary>Checks what hub clients send before the hub uses it: project ids and operation names as Compute accepts them.</summary>
public static partial class OperationsHubValidation
{
    // Compute's `project` path-parameter pattern (discovery document): an optional "domain:" prefix,
    // then a project id or number.
    [GeneratedRegex(
        "^(?:(?:[-a-z0-9]{1,63}\\.)*(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?):)?(?:[0-9]{1,19}|(?:[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?))$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ProjectRegex();

    [GeneratedRegex("^[1-9][0-9]{0,19}$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericIdRegex();

    /// <summary>Null when the project id is acceptable; otherwise a plain sentence saying what is wrong.</summary>
    public static string? ValidateProject(string? project)
    {
        if (string.IsNullOrWhiteSpace(project)) return "A project id is required.";
        if (project.Length > 100) return "The project id is too long.";
        return ProjectRegex().IsMatch(project)
            ? null
            : $"'{Shorten(project)}' is not a valid project id: use lowercase letters, digits and hyphens.";
    }

    /// <summary>Null when the operation name is acceptable (a Compute name or numeric id); otherwise what is wrong.</summary>
    public static string? ValidateOperation(string? operation)
    {
        if (string.IsNullOrWhiteSpace(operation)) return "An operation name is required.";
        if (ComputeNames.IsValid(operation) || NumericIdRegex().IsMatch(operation)) return null;
        return $"'{Shorten(operation)}' is not a valid operation name: "
            + (ComputeNames.Validate(operation, "An operation name") ?? "use a Compute Engine name or numeric id.");
    }

    /// <summary>The SignalR group of every operation of a project.</summary>
    public static string ProjectGroup(string project) => "project:" + project;

    /// <summary>The SignalR group of one operation.</summary>
    public static string OperationGroup(string project, string operation) => $"operation:{project}/{operation}";

    private static string Shorten(string value) => value.Length <= 70 ? value : value[..67] + "...";
}
