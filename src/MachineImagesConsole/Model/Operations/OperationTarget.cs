using MachineImagesConsole.Compute.Links;

namespace MachineImagesConsole.Model.Operations;

/// <summary>
/// The resource an operation changes, read from its <c>targetLink</c>
/// (<c>.../projects/{project}/{global|zones/{z}|regions/{r}}/{collection}/{name}</c>).
/// </summary>
/// <param name="Project">The target's project.</param>
/// <param name="Collection">e.g. <c>machineImages</c>, <c>images</c>, <c>instances</c>.</param>
/// <param name="Name">The resource name.</param>
/// <param name="Location">The zone or region, or null for a global resource.</param>
public sealed record OperationTarget(string Project, string Collection, string Name, string? Location)
{
    /// <summary>The console page of the target, when the console has one (machine images and images).</summary>
    public string? ConsolePath => Collection switch
    {
        "machineImages" => $"machine-images/{Uri.EscapeDataString(Name)}?project={Uri.EscapeDataString(Project)}",
        "images" => $"images/{Uri.EscapeDataString(Name)}?project={Uri.EscapeDataString(Project)}",
        _ => null,
    };

    /// <summary>What it is called on screen: <c>machine image nightly</c>, <c>instance web-1 (us-central1-a)</c>.</summary>
    public string Display => (Collection switch
    {
        "machineImages" => "machine image ",
        "images" => "image ",
        "instances" => "instance ",
        "disks" => "disk ",
        "snapshots" => "snapshot ",
        "instanceTemplates" => "instance template ",
        _ => Collection + " ",
    }) + Name + (Location is null ? "" : $" ({Location})");

    /// <summary>Parses a target link (with <see cref="ResourceLinks"/>); null when it is not a Compute resource URL.</summary>
    public static OperationTarget? Parse(string? targetLink)
        => ResourceLinks.Parse(targetLink) is { Scope.Length: > 0 } link ? new OperationTarget(link.Project, link.Collection, link.Name, link.Location) : null;
}
