using MachineImagesConsole.Compute.Validation;
using MachineImagesConsole.Data;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model.Drills;

/// <summary>Validates <see cref="DrillOptions"/> on start, naming every bad key.</summary>
public sealed class DrillOptionsValidator : IValidateOptions<DrillOptions>
{
    public ValidateOptionsResult Validate(string? name, DrillOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string s = DrillOptions.SectionName;
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Project)) errors.Add($"{s}:Project is required.");
        if (!ComputeNames.IsValid(options.Zone)) errors.Add($"{s}:Zone '{options.Zone}' is not a zone name.");
        if (!ComputeNames.IsValid(options.Network)) errors.Add($"{s}:Network '{options.Network}' is not a network name.");
        if (!ComputeNames.IsValid(options.Subnetwork)) errors.Add($"{s}:Subnetwork '{options.Subnetwork}' is not a subnetwork name.");
        if (string.IsNullOrWhiteSpace(options.BootMarker)) errors.Add($"{s}:BootMarker is required.");
        if (options.RtoTarget <= TimeSpan.Zero) errors.Add($"{s}:RtoTarget must be positive.");
        if (options.OperationTimeout <= TimeSpan.Zero) errors.Add($"{s}:OperationTimeout must be positive.");
        if (options.VerifyTimeout <= TimeSpan.Zero) errors.Add($"{s}:VerifyTimeout must be positive.");
        if (options.PollInterval <= TimeSpan.Zero || options.PollInterval > TimeSpan.FromMinutes(1)) errors.Add($"{s}:PollInterval must be between 0 and 1 minute.");
        if (!Enum.IsDefined(options.ProbeKind)) errors.Add($"{s}:ProbeKind must be None, Tcp or Http.");
        if (options.ProbeKind != DrillProbeKind.None && options.ProbePort is not (> 0 and <= 65535))
            errors.Add($"{s}:ProbePort must be 1–65535 when ProbeKind is {options.ProbeKind}.");
        if (options.MaxConcurrentDrills is < 1 or > 16) errors.Add($"{s}:MaxConcurrentDrills must be 1–16.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
