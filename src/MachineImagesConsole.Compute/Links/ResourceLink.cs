namespace MachineImagesConsole.Compute.Links;

/// <summary>
/// One Compute resource named by its link: <c>projects/{Project}/{Scope}/{Collection}/{Name}</c>, where the scope is
/// <c>global</c>, <c>zones/{zone}</c>, <c>regions/{region}</c> or empty for project-level collections
/// (<c>projects/p/zones/us-central1-a</c>). Built and parsed by <see cref="ResourceLinks"/>.
/// </summary>
/// <param name="Project">The project id.</param>
/// <param name="Scope"><c>global</c>, <c>zones/{zone}</c>, <c>regions/{region}</c>, or empty.</param>
/// <param name="Collection">e.g. <c>machineImages</c>, <c>instances</c>, <c>operations</c>.</param>
/// <param name="Name">The resource name (<c>family/{family}</c> for an image family).</param>
public sealed record ResourceLink(string Project, string Scope, string Collection, string Name)
{
    /// <summary>The zone of a zonal resource, else null.</summary>
    public string? Zone => Scope.StartsWith(ResourceLinks.ZonesPrefix, StringComparison.Ordinal) ? Scope[ResourceLinks.ZonesPrefix.Length..] : null;

    /// <summary>The region of a regional resource, else null.</summary>
    public string? Region => Scope.StartsWith(ResourceLinks.RegionsPrefix, StringComparison.Ordinal) ? Scope[ResourceLinks.RegionsPrefix.Length..] : null;

    /// <summary>The zone or region, or null for a global or project-level resource.</summary>
    public string? Location => Zone ?? Region;

    /// <summary>True for a <c>global/…</c> resource.</summary>
    public bool IsGlobal => Scope == ResourceLinks.GlobalScope;

    /// <summary>The partial link, <c>projects/p/global/machineImages/n</c>.</summary>
    public string Path => ResourceLinks.Path(Project, Scope, Collection, Name);

    /// <summary>The full URL on <c>compute.googleapis.com</c>.</summary>
    public string Url => ResourceLinks.ToUrl(Path);

    /// <inheritdoc />
    public override string ToString() => Path;
}
