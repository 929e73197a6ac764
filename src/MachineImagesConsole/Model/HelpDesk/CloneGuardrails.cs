using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Validation;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model.HelpDesk;

/// <summary>
/// The server-side guardrails of help-desk self-service clones: an approved image, a permitted project, zone and
/// machine type, no external IP, a reason and an expiry within the maximum. Used by the command path
/// (<see cref="SelfServiceCloneService"/>) before anything is created, whatever the UI sent.
/// </summary>
public sealed class CloneGuardrails(IOptions<HelpDeskOptions> options)
{
    public const int MinReasonLength = 10;

    public HelpDeskOptions Options => options.Value;

    /// <summary>Every rule the request breaks (empty when it may go ahead).</summary>
    public IReadOnlyList<string> Check(SelfServiceCloneRequest request, bool imageApproved)
    {
        ArgumentNullException.ThrowIfNull(request);
        var o = options.Value;
        var problems = new List<string>();
        if (!imageApproved) problems.Add($"Machine image {request.SourceProject}/{request.MachineImage} is not approved for self-service.");
        if (!o.PermittedProjects.Contains(request.Project, StringComparer.Ordinal))
            problems.Add($"Project {request.Project} is not permitted for self-service clones (permitted: {List(o.PermittedProjects)}).");
        if (!o.PermittedZones.Contains(request.Zone, StringComparer.Ordinal))
            problems.Add($"Zone {request.Zone} is not permitted (permitted: {List(o.PermittedZones)}).");
        if (!o.PermittedMachineTypes.Contains(request.MachineType, StringComparer.Ordinal))
            problems.Add($"Machine type {request.MachineType} is not permitted (permitted: {List(o.PermittedMachineTypes)}).");
        if (request.ExternalIp) problems.Add("Self-service clones never get an external IP.");
        if (ComputeNames.Validate(request.Name, "Clone name") is { } nameProblem) problems.Add(nameProblem);
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Trim().Length < MinReasonLength)
            problems.Add($"Give a reason of at least {MinReasonLength} characters (for example the ticket number and what it is for).");
        else if (request.Reason.Length > 500) problems.Add("The reason may be at most 500 characters.");
        if (request.Ttl is { } ttl && (ttl <= TimeSpan.Zero || ttl > o.MaxTtl))
            problems.Add($"The expiry must be between a minute and {o.MaxTtl}.");
        return problems;
    }

    /// <summary>Last line of defence on the body actually sent: nothing may carry an external IP.</summary>
    public static bool HasExternalIp(Instance body)
        => body?.NetworkInterfaces?.Any(n => n.AccessConfigs is { Count: > 0 } || n.Ipv6AccessConfigs is { Count: > 0 }) == true;

    private static string List(IList<string> values) => values.Count == 0 ? "none" : string.Join(", ", values);
}
