using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Compute;

/// <summary>Validates <see cref="ComputeClientOptions"/>, naming every bad key.</summary>
public sealed class ComputeClientOptionsValidator : IValidateOptions<ComputeClientOptions>
{
    public ValidateOptionsResult Validate(string? name, ComputeClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.GetProblems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
