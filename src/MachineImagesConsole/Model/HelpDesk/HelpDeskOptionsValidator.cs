using MachineImagesConsole.Compute.Validation;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model.HelpDesk;

/// <summary>Validates <see cref="HelpDeskOptions"/> on start, naming every bad key.</summary>
public sealed class HelpDeskOptionsValidator : IValidateOptions<HelpDeskOptions>
{
    public ValidateOptionsResult Validate(string? name, HelpDeskOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string s = HelpDeskOptions.SectionName;
        var errors = new List<string>();
        for (var i = 0; i < options.PermittedProjects.Count; i++)
            if (string.IsNullOrWhiteSpace(options.PermittedProjects[i])) errors.Add($"{s}:PermittedProjects:{i} is empty.");
        for (var i = 0; i < options.PermittedZones.Count; i++)
            if (!ComputeNames.IsValid(options.PermittedZones[i]) || options.PermittedZones[i].Count(c => c == '-') < 2)
                errors.Add($"{s}:PermittedZones:{i} '{options.PermittedZones[i]}' is not a zone name (such as us-central1-a).");
        for (var i = 0; i < options.PermittedMachineTypes.Count; i++)
            if (!ComputeNames.IsValid(options.PermittedMachineTypes[i]))
                errors.Add($"{s}:PermittedMachineTypes:{i} '{options.PermittedMachineTypes[i]}' is not a machine type name.");
        if (!ComputeNames.IsValid(options.Network)) errors.Add($"{s}:Network '{options.Network}' is not a network name.");
        if (options.MaxTtl <= TimeSpan.Zero) errors.Add($"{s}:MaxTtl must be positive.");
        if (options.DefaultTtl <= TimeSpan.Zero || options.DefaultTtl > options.MaxTtl) errors.Add($"{s}:DefaultTtl must be positive and at most MaxTtl.");
        if (options.ExpiryScanInterval < TimeSpan.FromSeconds(1) || options.ExpiryScanInterval > TimeSpan.FromHours(1))
            errors.Add($"{s}:ExpiryScanInterval must be between 1 second and 1 hour.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
