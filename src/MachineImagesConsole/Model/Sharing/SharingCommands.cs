using MachineImagesConsole.Compute.Links;
using System.Text.Json;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;
using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Model.Sharing;

/// <summary>The gcloud lines and the REST call equivalent to a share.</summary>
public static class SharingCommands
{
    private static readonly JsonSerializerOptions Indented = new(ComputeJsonContext.Default.Options) { WriteIndented = true };

    /// <summary>One <c>add-iam-policy-binding</c> or <c>remove-iam-policy-binding</c> line per entry of the diff.</summary>
    public static IReadOnlyList<string> GcloudLines(ResourceTarget target, PolicyDiff diff)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(diff);
        return [.. diff.Entries.Select(e => GcloudLine(target, e))];
    }

    public static string GcloudLine(ResourceTarget target, PolicyDiffEntry entry)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(entry);
        var verb = entry.Kind == PolicyChangeKind.Add ? "add-iam-policy-binding" : "remove-iam-policy-binding";
        var line = $"gcloud compute {target.GcloudGroup} {verb} {ShellQuote.Quote(target.Name)} --project={ShellQuote.Quote(target.Project)}"
                   + $" --member={ShellQuote.Quote(entry.Member.Value)} --role={ShellQuote.Quote(entry.Role)}";
        if (entry.ConditionExpression is { } expression)
        {
            var condition = $"expression={expression},title={entry.ConditionTitle ?? "condition"}";
            line += " --condition=" + ShellQuote.Quote(condition);
        }
        else if (entry.Kind == PolicyChangeKind.Add)
        {
            line += " --condition=None";
        }

        return line;
    }

    /// <summary>The REST request the console sends: <c>setIamPolicy</c> with the whole policy and its etag.</summary>
    public static EquivalentCommand Rest(ResourceTarget target, Policy desired, IReadOnlyList<string> gcloudLines)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(gcloudLines);
        var body = JsonSerializer.Serialize(new GlobalSetPolicyRequest { Policy = desired }, Indented);
        return new EquivalentCommand(
            string.Join("\n", gcloudLines),
            "POST",
            ResourceLinks.ToUrl(target.Path) + "/setIamPolicy",
            body);
    }
}
