using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Configuration;

/// <summary>Validates <see cref="ConsoleOptions"/> at start; every failure names the configuration key and what is wrong.</summary>
public sealed partial class ConsoleOptionsValidator : IValidateOptions<ConsoleOptions>
{
    private const string Prefix = ConsoleOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, ConsoleOptions options)
    {
        var failures = Check(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Every problem with <paramref name="options"/>, one message per bad key (empty when valid).</summary>
    public static IReadOnlyList<string> Check(ConsoleOptions options)
    {
        var failures = new List<string>();

        if (!ConsoleModes.All.Contains(options.Mode, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"{Prefix}Mode must be one of {string.Join(", ", ConsoleModes.All)} (was '{options.Mode}').");
        }

        if (options.PublicUrl is not null && !IsHttpUrl(options.PublicUrl))
        {
            failures.Add($"{Prefix}PublicUrl must be an absolute http or https URL (was '{options.PublicUrl}').");
        }

        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add($"{Prefix}DataDirectory is required.");
        }

        CheckCompute(options, failures);
        CheckAuthentication(options, failures);
        CheckRetention(options.Retention, failures);
        CheckRoles(options.Authorization.Roles, failures);

        for (var i = 0; i < options.Projects.Count; i++)
        {
            if (!ProjectIdRegex().IsMatch(options.Projects[i] ?? string.Empty))
            {
                failures.Add($"{Prefix}Projects:{i} is not a valid project id (was '{options.Projects[i]}').");
            }
        }

        if (options.IsLocalCloudMode && !IsHttpUrl(options.LocalCloud.Url))
        {
            failures.Add($"{Prefix}LocalCloud:Url must be an absolute http or https URL (was '{options.LocalCloud.Url}').");
        }

        if (options.Redis is not null)
        {
            try
            {
                StackExchange.Redis.ConfigurationOptions.Parse(options.Redis);
                if (string.IsNullOrWhiteSpace(options.Redis)) failures.Add($"{Prefix}Redis must not be empty when set.");
            }
            catch (ArgumentException exception)
            {
                failures.Add($"{Prefix}Redis is not a valid Redis configuration string: {exception.Message}");
            }
        }

        if (options.InstanceName is not null && !InstanceNameRegex().IsMatch(options.InstanceName))
        {
            failures.Add($"{Prefix}InstanceName must be 1-63 letters, digits, '-', '_' or '.' (was '{options.InstanceName}').");
        }

        return failures;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,63}$")]
    private static partial Regex InstanceNameRegex();

    private static void CheckCompute(ConsoleOptions options, List<string> failures)
    {
        var compute = options.Compute;
        if (!ComputeIdentities.All.Contains(compute.Identity, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"{Prefix}Compute:Identity must be one of {string.Join(", ", ComputeIdentities.All)} (was '{compute.Identity}').");
        }

        if (compute.BaseUrl is not null && !IsHttpUrl(compute.BaseUrl))
        {
            failures.Add($"{Prefix}Compute:BaseUrl must be an absolute http or https URL (was '{compute.BaseUrl}').");
        }

        if (compute.ResourceManagerBaseUrl is not null && !IsHttpUrl(compute.ResourceManagerBaseUrl))
        {
            failures.Add($"{Prefix}Compute:ResourceManagerBaseUrl must be an absolute http or https URL (was '{compute.ResourceManagerBaseUrl}').");
        }

        if (!string.IsNullOrWhiteSpace(compute.ServiceAccountKeyFile))
        {
            if (!options.IsGoogleMode || compute.UsesUserIdentity)
            {
                failures.Add($"{Prefix}Compute:ServiceAccountKeyFile is only used when {Prefix}Mode is Google and {Prefix}Compute:Identity is ServiceAccount.");
            }
            else if (!File.Exists(compute.ServiceAccountKeyFile))
            {
                failures.Add($"{Prefix}Compute:ServiceAccountKeyFile points to a file that does not exist ('{compute.ServiceAccountKeyFile}').");
            }
        }
    }

    private static void CheckAuthentication(ConsoleOptions options, List<string> failures)
    {
        var authentication = options.Authentication;
        if (options.IsGoogleMode)
        {
            if (string.IsNullOrWhiteSpace(authentication.Google.ClientId))
            {
                failures.Add($"{Prefix}Authentication:Google:ClientId is required when {Prefix}Mode is Google.");
            }

            if (string.IsNullOrWhiteSpace(authentication.Google.ClientSecret))
            {
                failures.Add($"{Prefix}Authentication:Google:ClientSecret is required when {Prefix}Mode is Google (set it with an environment variable or user secrets).");
            }
        }

        for (var i = 0; i < authentication.AllowedDomains.Count; i++)
        {
            if (!DomainRegex().IsMatch(authentication.AllowedDomains[i] ?? string.Empty))
            {
                failures.Add($"{Prefix}Authentication:AllowedDomains:{i} must be a domain name such as example.com (was '{authentication.AllowedDomains[i]}').");
            }
        }

        if (authentication.SessionIdleTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{Prefix}Authentication:SessionIdleTimeout must be positive (was '{authentication.SessionIdleTimeout}').");
        }
    }

    private static void CheckRetention(ConsoleRetentionOptions retention, List<string> failures)
    {
        if (retention.TrackedOperations <= TimeSpan.Zero)
            failures.Add($"{Prefix}Retention:TrackedOperations must be positive (was '{retention.TrackedOperations}').");
        if (retention.AuditRecords < ConsoleRetentionOptions.MinimumAuditRecords)
            failures.Add($"{Prefix}Retention:AuditRecords must be at least 365.00:00:00 (one year; was '{retention.AuditRecords}').");
        if (retention.PurgeInterval < TimeSpan.FromMinutes(1))
            failures.Add($"{Prefix}Retention:PurgeInterval must be at least 00:01:00 (was '{retention.PurgeInterval}').");
    }

    private static void CheckRoles(ConsoleRoleAssignments roles, List<string> failures)
    {
        CheckRoleEntries(nameof(roles.Admin), roles.Admin, failures);
        CheckRoleEntries(nameof(roles.Operator), roles.Operator, failures);
        CheckRoleEntries(nameof(roles.HelpDesk), roles.HelpDesk, failures);
        CheckRoleEntries(nameof(roles.Viewer), roles.Viewer, failures);
    }

    private static void CheckRoleEntries(string role, List<string> entries, List<string> failures)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i] ?? string.Empty;
            var at = entry.IndexOf('@', StringComparison.Ordinal);
            var valid = at >= 0 && at == entry.LastIndexOf('@') && DomainRegex().IsMatch(entry[(at + 1)..]) && !entry.Any(char.IsWhiteSpace);
            if (!valid)
            {
                failures.Add($"{Prefix}Authorization:Roles:{role}:{i} must be an email address or an @domain entry (was '{entry}').");
            }
        }
    }

    private static bool IsHttpUrl(string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainRegex();

    [GeneratedRegex(@"^[a-z][-a-z0-9]{4,28}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex ProjectIdRegex();
}
