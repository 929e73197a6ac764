using MachineImagesConsole.Compute.Validation;

namespace MachineImagesConsole.Model.Restore;

/// <summary>Checks a <see cref="RestoreRequest"/> before anything is sent; field name → message (empty when valid).</summary>
public static class RestoreValidator
{
    private const int MaxMetadataBytes = 512 * 1024;
    private const int MaxTags = 64;

    public static IReadOnlyDictionary<string, string> Validate(RestoreRequest request, IReadOnlyCollection<string>? machineTypesOfZone = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.TargetProject)) errors[nameof(request.TargetProject)] = "Choose the project to restore into.";
        if (string.IsNullOrWhiteSpace(request.Zone)) errors[nameof(request.Zone)] = "Choose a zone.";
        if (ComputeNames.Validate(request.Name, "Instance name") is { } nameProblem) errors[nameof(request.Name)] = nameProblem;

        if (request.UseCustomMachineType)
        {
            if (CustomMachineType.ValidateVcpus(request.CustomFamily, request.CustomVcpus) is { } cpu) errors[nameof(request.CustomVcpus)] = cpu;
            if (CustomMachineType.ValidateMemory(request.CustomFamily, request.CustomVcpus, request.CustomMemoryMb, request.CustomExtendedMemory) is { } mem)
                errors[nameof(request.CustomMemoryMb)] = mem;
        }
        else if (string.IsNullOrWhiteSpace(request.MachineType))
        {
            errors[nameof(request.MachineType)] = "Choose a machine type.";
        }
        else if (machineTypesOfZone is not null && !machineTypesOfZone.Contains(request.MachineType, StringComparer.Ordinal))
        {
            errors[nameof(request.MachineType)] = $"Machine type '{request.MachineType}' is not offered in zone {request.Zone}.";
        }

        if (string.IsNullOrWhiteSpace(request.Network)) errors[nameof(request.Network)] = "Choose a network.";
        if (string.IsNullOrWhiteSpace(request.Subnetwork)) errors[nameof(request.Subnetwork)] = "Choose a subnetwork.";
        else if (request.SubnetworkRegion is { } subnetRegion && request.Zone.Length > 0 && subnetRegion != request.Region)
            errors[nameof(request.Subnetwork)] = $"Subnetwork '{request.Subnetwork}' is in {subnetRegion}, but zone {request.Zone} is in {request.Region}.";

        if (request.NetworkTags.Count > MaxTags) errors[nameof(request.NetworkTags)] = $"At most {MaxTags} network tags.";
        else if (request.NetworkTags.FirstOrDefault(t => !ComputeNames.IsValid(t)) is { } badTag)
            errors[nameof(request.NetworkTags)] = $"Network tag '{badTag}' must be 1–63 lowercase letters, digits or hyphens, starting with a letter.";

        if (LabelRules.Validate(request.Labels) is [var labelProblem, ..]) errors[nameof(request.Labels)] = labelProblem;

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var total = 0;
        foreach (var entry in request.Metadata)
        {
            if (string.IsNullOrWhiteSpace(entry.Key)) { errors[nameof(request.Metadata)] = "Every metadata item needs a key."; break; }
            if (entry.Key.Length > 128 || !entry.Key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            { errors[nameof(request.Metadata)] = $"Metadata key '{entry.Key}' may contain only letters, digits, '-' and '_' (at most 128)."; break; }
            if (entry.Key == RestorePlanner.StartupScriptKey) { errors[nameof(request.Metadata)] = "Edit the startup script in the startup-script editor."; break; }
            if (!keys.Add(entry.Key)) { errors[nameof(request.Metadata)] = $"Metadata key '{entry.Key}' appears twice."; break; }
            total += entry.Key.Length + System.Text.Encoding.UTF8.GetByteCount(entry.Value);
        }
        total += System.Text.Encoding.UTF8.GetByteCount(request.StartupScript);
        if (System.Text.Encoding.UTF8.GetByteCount(request.StartupScript) > 256 * 1024) errors[nameof(request.StartupScript)] = "A metadata value may be at most 256 KB.";
        else if (total > MaxMetadataBytes && !errors.ContainsKey(nameof(request.Metadata))) errors[nameof(request.Metadata)] = "All metadata together may be at most 512 KB.";

        if (request.ServiceAccountEmail.Length > 0 && !request.ServiceAccountEmail.Contains('@', StringComparison.Ordinal))
            errors[nameof(request.ServiceAccountEmail)] = "A service account is an e-mail address (NAME@PROJECT.iam.gserviceaccount.com).";
        if (request.ServiceAccountEmail.Length == 0 && request.Scopes.Count > 0)
            errors[nameof(request.Scopes)] = "Scopes need a service account.";
        if (!Enum.IsDefined(request.Provisioning)) errors[nameof(request.Provisioning)] = "Choose standard, spot or preemptible.";
        return errors;
    }
}
