using System.Text.RegularExpressions;
using MachineImagesConsole.Compute.Errors;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>What a dashboard shows when loading fails: the message, Compute's reason, what to do, and for a 403 the missing permission.</summary>
public sealed partial record DashboardError(string Message, string? Reason, string Advice, string? MissingPermission, int? StatusCode)
{
    public static DashboardError From(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is ComputeApiException api)
        {
            var permission = api.IsForbidden || (int)api.StatusCode == 403 ? PermissionIn(api.Message) : null;
            var advice = permission is null
                ? ComputeErrorAdvice.For(api)
                : $"You need the IAM permission {permission} in this project (for example through roles/compute.viewer); ask a project owner to grant it.";
            return new DashboardError(api.Message, api.Reasons.FirstOrDefault(), advice, permission, (int)api.StatusCode);
        }
        return new DashboardError(error.Message, null, "Check the connection to Compute Engine, then reload the page.", null, null);
    }

    /// <summary>The IAM permission a Google 403 message names (<c>Required 'compute.images.list' permission for ...</c>).</summary>
    public static string? PermissionIn(string? message)
    {
        if (string.IsNullOrEmpty(message)) return null;
        var match = PermissionPattern().Match(message);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"\b([a-z]+\.[a-zA-Z]+\.[a-zA-Z]+)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PermissionPattern();
}
