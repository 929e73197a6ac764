namespace MachineImagesConsole.Model.Create;

/// <summary>What the machine-image pre-flight checks look at.</summary>
/// <param name="Source">The VM to capture.</param>
/// <param name="ExistingMachineImages">The project's machine images: (source instance URL, creation time) of each.</param>
/// <param name="InFlightCreationsInRegion">Image and machine-image creations still running in the source's region.</param>
/// <param name="Now">The current time.</param>
public sealed record MachineImagePreflightInput(
    SourceInstanceInfo Source,
    IReadOnlyList<(string? SourceInstance, DateTimeOffset? Created)> ExistingMachineImages,
    int InFlightCreationsInRegion,
    DateTimeOffset Now);
