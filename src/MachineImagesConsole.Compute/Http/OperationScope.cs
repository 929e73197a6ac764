using MachineImagesConsole.Compute.Links;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Compute.Http;

/// <summary>Where an operation lives: project, name and zone or region (global when neither).</summary>
internal sealed record OperationScope(string Project, string Name, string? Zone, string? Region)
{
    public static OperationScope Of(Operation operation)
    {
        if (string.IsNullOrEmpty(operation.Name))
            throw new ArgumentException("The operation has no name.", nameof(operation));
        var project = SegmentAfter(operation.SelfLink, "projects")
            ?? SegmentAfter(operation.TargetLink, "projects")
            ?? throw new ArgumentException($"Operation {operation.Name} has no selfLink or targetLink naming its project.", nameof(operation));
        var zone = LastSegment(operation.Zone) ?? SegmentAfter(operation.SelfLink, "zones");
        var region = zone is null ? LastSegment(operation.Region) ?? SegmentAfter(operation.SelfLink, "regions") : null;
        return new OperationScope(project, operation.Name, zone, region);
    }

    /// <summary>The last path segment of a full or partial URL (<c>.../zones/us-central1-a</c> → <c>us-central1-a</c>).</summary>
    public static string? LastSegment(string? url) => ResourceLinks.LastSegment(url);

    private static string? SegmentAfter(string? url, string collection) => ResourceLinks.SegmentAfter(url, collection);
}
