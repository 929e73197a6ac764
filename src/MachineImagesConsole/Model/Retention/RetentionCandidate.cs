using MachineImagesConsole.Compute.Links;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Lifecycle;

namespace MachineImagesConsole.Model.Retention;

/// <summary>An image or machine image as the retention planner sees it.</summary>
public sealed record RetentionCandidate(
    string Name,
    DateTimeOffset Created,
    IReadOnlyDictionary<string, string> Labels,
    string? Source,
    string? Family)
{
    public static RetentionCandidate From(Image image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return new RetentionCandidate(image.Name ?? "", ImageFamilies.Created(image), image.Labels ?? [], ShortName(image.SourceDisk), image.Family);
    }

    public static RetentionCandidate From(MachineImage machineImage)
    {
        ArgumentNullException.ThrowIfNull(machineImage);
        var created = DateTimeOffset.TryParse(machineImage.CreationTimestamp, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var c) ? c : DateTimeOffset.MinValue;
        return new RetentionCandidate(machineImage.Name ?? "", created, machineImage.Labels ?? [], ShortName(machineImage.SourceInstance), null);
    }

    private static string? ShortName(string? url) => ResourceLinks.LastSegment(url);
}
