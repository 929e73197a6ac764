using System.Diagnostics.CodeAnalysis;

namespace MachineImagesConsole.Compute.Links;

/// <summary>
/// The one place that builds and parses Compute resource links: partial links
/// (<c>projects/{p}/global|regions/{r}|zones/{z}/{collection}/{name}</c>) and full URLs on any host
/// (<c>https://compute.googleapis.com/compute/v1/…</c>, <c>https://www.googleapis.com/compute/v1/…</c>).
/// </summary>
public static class ResourceLinks
{
    /// <summary>Compute Engine v1's production base URL.</summary>
    public const string ComputeBaseUrl = "https://compute.googleapis.com/compute/v1/";

    /// <summary>The host Compute itself writes into <c>selfLink</c>s and expects in some reference fields.</summary>
    public const string SelfLinkBaseUrl = "https://www.googleapis.com/compute/v1/";

    public const string GlobalScope = "global";
    internal const string ZonesPrefix = "zones/";
    internal const string RegionsPrefix = "regions/";
    private const string FamilyPrefix = "family/";

    // Collections named as in the discovery document.
    public const string MachineImages = "machineImages";
    public const string Images = "images";
    public const string Instances = "instances";
    public const string InstanceTemplates = "instanceTemplates";
    public const string Disks = "disks";
    public const string Snapshots = "snapshots";
    public const string Networks = "networks";
    public const string Subnetworks = "subnetworks";
    public const string Operations = "operations";
    public const string MachineTypes = "machineTypes";

    /// <summary>The scope <c>zones/{zone}</c>.</summary>
    public static string ZoneScope(string zone) => ZonesPrefix + Segment(zone, nameof(zone));

    /// <summary>The scope <c>regions/{region}</c>.</summary>
    public static string RegionScope(string region) => RegionsPrefix + Segment(region, nameof(region));

    /// <summary>
    /// The scope of an operation or resource from its <c>zone</c> / <c>region</c> fields (URLs or bare names):
    /// <c>zones/{z}</c>, else <c>regions/{r}</c>, else <c>global</c>.
    /// </summary>
    public static string ScopeOf(string? zone, string? region)
    {
        var z = LastSegment(zone);
        if (z is not null) return ZoneScope(z);
        var r = LastSegment(region);
        return r is not null ? RegionScope(r) : GlobalScope;
    }

    /// <summary>True when <paramref name="scope"/> is <c>global</c>, or <c>zones/</c>/<c>regions/</c> and a valid name.</summary>
    public static bool IsValidScope(string? scope)
    {
        if (scope == GlobalScope) return true;
        if (scope is null) return false;
        var rest = scope.StartsWith(ZonesPrefix, StringComparison.Ordinal) ? scope[ZonesPrefix.Length..]
            : scope.StartsWith(RegionsPrefix, StringComparison.Ordinal) ? scope[RegionsPrefix.Length..]
            : null;
        return rest is not null && Validation.ComputeNames.IsValid(rest);
    }

    /// <summary><c>projects/{project}/{scope}/{collection}/{name}</c> (scope may be empty for project-level collections).</summary>
    public static string Path(string project, string scope, string collection, string name)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var prefix = "projects/" + Segment(project, nameof(project)) + (scope.Length == 0 ? "" : "/" + scope);
        return prefix + "/" + Segment(collection, nameof(collection)) + "/" + Name(name);
    }

    /// <summary><c>projects/{project}/global/{collection}/{name}</c>.</summary>
    public static string Global(string project, string collection, string name) => Path(project, GlobalScope, collection, name);

    /// <summary><c>projects/{project}/zones/{zone}/{collection}/{name}</c>.</summary>
    public static string Zonal(string project, string zone, string collection, string name) => Path(project, ZoneScope(zone), collection, name);

    /// <summary><c>projects/{project}/regions/{region}/{collection}/{name}</c>.</summary>
    public static string Regional(string project, string region, string collection, string name) => Path(project, RegionScope(region), collection, name);

    /// <summary>A collection, not one resource: <c>projects/{project}/{scope}/{collection}</c>.</summary>
    public static string Collection(string project, string scope, string collection)
        => "projects/" + Segment(project, nameof(project)) + "/" + scope + "/" + Segment(collection, nameof(collection));

    /// <summary>A scope itself: <c>projects/{project}/zones/{z}</c>, <c>projects/{project}/regions/{r}</c> or <c>projects/{project}/global</c>.</summary>
    public static string ScopePath(string project, string scope)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        return "projects/" + Segment(project, nameof(project)) + "/" + scope;
    }

    public static string MachineImage(string project, string name) => Global(project, MachineImages, name);

    public static string Image(string project, string name) => Global(project, Images, name);

    /// <summary><c>projects/{project}/global/images/family/{family}</c>.</summary>
    public static string ImageFamily(string project, string family) => Global(project, Images, FamilyPrefix + Segment(family, nameof(family)));

    public static string Snapshot(string project, string name) => Global(project, Snapshots, name);

    public static string Network(string project, string name) => Global(project, Networks, name);

    public static string InstanceTemplate(string project, string name) => Global(project, InstanceTemplates, name);

    public static string Instance(string project, string zone, string name) => Zonal(project, zone, Instances, name);

    public static string Disk(string project, string zone, string name) => Zonal(project, zone, Disks, name);

    public static string MachineType(string project, string zone, string name) => Zonal(project, zone, MachineTypes, name);

    public static string Subnetwork(string project, string region, string name) => Regional(project, region, Subnetworks, name);

    /// <summary>An operation in <paramref name="scope"/> (<c>global</c>, <c>zones/z</c>, <c>regions/r</c>).</summary>
    public static string Operation(string project, string scope, string name) => Path(project, scope, Operations, name);

    /// <summary>A partial link or path made absolute on <paramref name="baseUrl"/> (default: <see cref="ComputeBaseUrl"/>).</summary>
    public static string ToUrl(string path, string baseUrl = ComputeBaseUrl)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path.Contains("://", StringComparison.Ordinal)) return path;
        return baseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
    }

    /// <summary>A full URL cut to its partial link (<c>https://…/compute/v1/projects/p/…</c> → <c>projects/p/…</c>); other text unchanged.</summary>
    public static string? ToPartial(string? url)
    {
        if (string.IsNullOrEmpty(url)) return url;
        if (url.StartsWith("projects/", StringComparison.Ordinal)) return url;
        var index = url.IndexOf("/projects/", StringComparison.Ordinal);
        return index < 0 ? url : url[(index + 1)..];
    }

    /// <summary>Parses a partial link or full URL; null when it does not name one resource.</summary>
    public static ResourceLink? Parse(string? link) => Parse(link, defaultProject: null);

    /// <summary>
    /// Parses a partial link, a full URL, or (with <paramref name="defaultProject"/>) a project-relative link
    /// such as <c>global/images/n</c> or <c>zones/z/disks/d</c>; null when it does not name one resource.
    /// </summary>
    public static ResourceLink? Parse(string? link, string? defaultProject)
    {
        if (string.IsNullOrWhiteSpace(link)) return null;
        var path = link.Trim();
        if (path.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(path, UriKind.Absolute, out var uri)) return null;
            path = uri.AbsolutePath;
        }
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(segments, "projects");
        string project;
        string[] rest;
        if (at >= 0 && at + 1 < segments.Length)
        {
            project = Uri.UnescapeDataString(segments[at + 1]);
            rest = segments[(at + 2)..];
        }
        else if (at < 0 && !string.IsNullOrEmpty(defaultProject) && !link.Contains("://", StringComparison.Ordinal))
        {
            project = defaultProject;
            rest = segments;
        }
        else
        {
            return null;
        }
        rest = Array.ConvertAll(rest, Uri.UnescapeDataString);
        return rest switch
        {
            [GlobalScope, Images, "family", var family] => new ResourceLink(project, GlobalScope, Images, FamilyPrefix + family),
            [GlobalScope, var collection, var name] => new ResourceLink(project, GlobalScope, collection, name),
            ["zones", var zone, var collection, var name] => new ResourceLink(project, ZonesPrefix + zone, collection, name),
            ["regions", var region, var collection, var name] => new ResourceLink(project, RegionsPrefix + region, collection, name),
            [GlobalScope, _] => null,
            [var collection, var name] => new ResourceLink(project, "", collection, name),
            _ => null,
        };
    }

    /// <summary>Parses, or returns false.</summary>
    public static bool TryParse(string? link, [NotNullWhen(true)] out ResourceLink? result)
    {
        result = Parse(link);
        return result is not null;
    }

    /// <summary>The project a link names (<c>…/projects/{p}/…</c>), or null.</summary>
    public static string? ProjectOf(string? link) => SegmentAfter(link, "projects");

    /// <summary>The last path segment of a full or partial URL or bare name (<c>.../zones/us-central1-a</c> → <c>us-central1-a</c>); null when empty.</summary>
    public static string? LastSegment(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var trimmed = url.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        var last = slash < 0 ? trimmed : trimmed[(slash + 1)..];
        return last.Length == 0 ? null : Uri.UnescapeDataString(last);
    }

    /// <summary>The short name of a resource URL, or the empty string (for display).</summary>
    public static string ShortName(string? url) => LastSegment(url) ?? string.Empty;

    /// <summary>The segment after <paramref name="collection"/> in a link (e.g. the zone of an instance URL), or null.</summary>
    public static string? SegmentAfter(string? url, string collection)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var path = url.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : url;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (segments[i] == collection) return Uri.UnescapeDataString(segments[i + 1]);
        }
        return null;
    }

    private static string Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        // An image family is the one name with a slash in it.
        return name.StartsWith(FamilyPrefix, StringComparison.Ordinal)
            ? FamilyPrefix + Uri.EscapeDataString(name[FamilyPrefix.Length..])
            : Uri.EscapeDataString(name);
    }

    private static string Segment(string value, string parameter)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, parameter);
        return Uri.EscapeDataString(value);
    }
}
