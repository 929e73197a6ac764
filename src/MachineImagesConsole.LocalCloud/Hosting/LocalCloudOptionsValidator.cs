using MachineImagesConsole.Compute.Validation;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.LocalCloud.Hosting;

/// <summary>Checks the whole <c>LocalCloud</c> section and names every bad key, so LocalCloud refuses to half-start.</summary>
public sealed class LocalCloudOptionsValidator : IValidateOptions<LocalCloudOptions>
{
    public ValidateOptionsResult Validate(string? name, LocalCloudOptions options)
    {
        var errors = new List<string>();
        const string s = LocalCloudOptions.SectionName;

        if (string.IsNullOrWhiteSpace(options.Urls))
            errors.Add($"{s}:Urls is required.");
        else
        {
            foreach (var url in options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Uri.TryCreate(url.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https"))
                    errors.Add($"{s}:Urls has '{url}', which is not an absolute http(s) URL.");
            }
        }

        if (!string.IsNullOrEmpty(options.PublicOrigin)
            && (!Uri.TryCreate(options.PublicOrigin, UriKind.Absolute, out var origin) || origin.Scheme is not ("http" or "https") || origin.AbsolutePath != "/"))
            errors.Add($"{s}:PublicOrigin must be an absolute http(s) origin without a path (it is '{options.PublicOrigin}').");

        if (string.IsNullOrWhiteSpace(options.DataDirectory))
            errors.Add($"{s}:DataDirectory is required.");

        var sim = options.Simulation;
        if (!Enum.IsDefined(sim.Mode)) errors.Add($"{s}:Simulation:Mode must be Instant, Stepped or Timed.");
        if (sim.SecondsPerHundredGb is < 0 or > 3600) errors.Add($"{s}:Simulation:SecondsPerHundredGb must be between 0 and 3600.");
        if (sim.MinimumOperationSeconds is < 0 or > 3600) errors.Add($"{s}:Simulation:MinimumOperationSeconds must be between 0 and 3600.");
        if (sim.MetadataOperationSeconds is < 0 or > 3600) errors.Add($"{s}:Simulation:MetadataOperationSeconds must be between 0 and 3600.");
        if (sim.TickMilliseconds is < 10 or > 60_000) errors.Add($"{s}:Simulation:TickMilliseconds must be between 10 and 60000.");
        if (sim.MaxWaitSeconds is <= 0 or > 600) errors.Add($"{s}:Simulation:MaxWaitSeconds must be more than 0 and at most 600.");
        if (string.IsNullOrWhiteSpace(sim.BootMarker)) errors.Add($"{s}:Simulation:BootMarker is required.");
        for (var i = 0; i < sim.StockoutZones.Count; i++)
            if (!Seed.WorldCatalog.IsZone(sim.StockoutZones[i]))
                errors.Add($"{s}:Simulation:StockoutZones:{i} '{sim.StockoutZones[i]}' is not a LocalCloud zone.");

        errors.AddRange(options.Faults.Validate($"{s}:Faults"));

        foreach (var (key, person) in options.People)
        {
            if (string.IsNullOrWhiteSpace(person.Email) || !person.Email.Contains('@', StringComparison.Ordinal))
                errors.Add($"{s}:People:{key}:Email must be an email address.");
            if (string.IsNullOrWhiteSpace(person.Name)) errors.Add($"{s}:People:{key}:Name is required.");
            if (string.IsNullOrWhiteSpace(person.ConsoleRole)) errors.Add($"{s}:People:{key}:ConsoleRole is required.");
        }

        foreach (var (clientId, client) in options.Clients)
        {
            if (clientId == options.Automation.ClientId)
                errors.Add($"{s}:Clients:{clientId} uses the automation client's id.");
            if (client.RedirectUris.Count == 0) errors.Add($"{s}:Clients:{clientId}:RedirectUris needs at least one URI.");
            for (var i = 0; i < client.RedirectUris.Count; i++)
                if (!Uri.TryCreate(client.RedirectUris[i], UriKind.Absolute, out _))
                    errors.Add($"{s}:Clients:{clientId}:RedirectUris:{i} is not an absolute URI.");
            for (var i = 0; i < client.PostLogoutRedirectUris.Count; i++)
                if (!Uri.TryCreate(client.PostLogoutRedirectUris[i], UriKind.Absolute, out _))
                    errors.Add($"{s}:Clients:{clientId}:PostLogoutRedirectUris:{i} is not an absolute URI.");
        }

        if (string.IsNullOrWhiteSpace(options.Automation.ClientId)) errors.Add($"{s}:Automation:ClientId is required.");
        if (string.IsNullOrWhiteSpace(options.Automation.ServiceAccountEmail) || !options.Automation.ServiceAccountEmail.Contains('@', StringComparison.Ordinal))
            errors.Add($"{s}:Automation:ServiceAccountEmail must be an email address.");

        if (options.Projects.Count == 0) errors.Add($"{s}:Projects needs at least one project.");
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (projectId, project) in options.Projects)
        {
            if (ComputeNames.Validate(projectId, "Project id") is { } bad) errors.Add($"{s}:Projects:{projectId}: {bad}");
            if (string.IsNullOrEmpty(project.Number) || !project.Number.All(char.IsAsciiDigit) || project.Number.Length > 19)
                errors.Add($"{s}:Projects:{projectId}:Number must be 1–19 digits.");
            else if (!numbers.Add(project.Number))
                errors.Add($"{s}:Projects:{projectId}:Number '{project.Number}' is used by another project.");
            foreach (var (role, members) in project.Bindings)
            {
                if (!role.StartsWith("roles/", StringComparison.Ordinal))
                    errors.Add($"{s}:Projects:{projectId}:Bindings:{role} is not a role name (roles/...).");
                for (var i = 0; i < members.Count; i++)
                {
                    var m = members[i];
                    if (m is not ("allUsers" or "allAuthenticatedUsers")
                        && !m.StartsWith("user:", StringComparison.Ordinal) && !m.StartsWith("serviceAccount:", StringComparison.Ordinal)
                        && !m.StartsWith("group:", StringComparison.Ordinal) && !m.StartsWith("domain:", StringComparison.Ordinal))
                        errors.Add($"{s}:Projects:{projectId}:Bindings:{role}:{i} '{m}' is not an IAM member.");
                }
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
