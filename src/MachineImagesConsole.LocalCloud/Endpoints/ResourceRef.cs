using MachineImagesConsole.LocalCloud.Store;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>
/// A reference to a Compute resource, parsed from a full URL (any host, e.g. <c>https://www.googleapis.com/compute/v1/projects/p/zones/z/disks/d</c>),
/// a partial URL (<c>projects/p/global/images/i</c>, <c>zones/z/machineTypes/t</c>, <c>global/networks/n</c>) or a bare name.
/// </summary>
public sealed record ResourceRef(string Project, string Scope, string Collection, string Name, bool IsFamily = false)
{
    public string Path => $"projects/{Project}/{Scope}/{Collection}/{(IsFamily ? "family/" : "")}{Name}";

    public string Key => ResourceRecord.MakeKey(Project, Scope, Collection, Name);

    public string StoredLink => StoredLinks.Compute(Path);

    /// <summary>The zone or region name of a zonal/regional scope, otherwise null.</summary>
    public string? Location => Scope.Contains('/', StringComparison.Ordinal) ? Scope[(Scope.IndexOf('/', StringComparison.Ordinal) + 1)..] : null;

    public static ResourceRef Of(string project, string scope, string collection, string name) => new(project, scope, collection, name);

    /// <summary>Parses a reference; returns null when it is not a reference to <paramref name="collection"/>.</summary>
    public static ResourceRef? TryParse(string? value, string collection, string defaultProject, string? defaultScope)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var path = value.Trim();
        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var slash = path.IndexOf('/', scheme + 3);
            if (slash < 0) return null;
            path = path[(slash + 1)..];
        }
        path = path.TrimStart('/');
        foreach (var prefix in (string[])["compute/v1/", "compute/beta/", "compute/alpha/"])
            if (path.StartsWith(prefix, StringComparison.Ordinal)) path = path[prefix.Length..];

        var segments = path.Split('/');
        var project = defaultProject;
        var i = 0;
        if (segments.Length >= 2 && segments[0] == "projects")
        {
            project = segments[1];
            i = 2;
        }
        var rest = segments[i..];
        if (rest.Any(string.IsNullOrEmpty)) return null;

        string scope;
        switch (rest.Length)
        {
            case 1 when defaultScope is not null && i == 0:
                return new ResourceRef(project, defaultScope, collection, rest[0]);
            case 3 when rest[0] == "global" && rest[1] == collection:
                return new ResourceRef(project, "global", collection, rest[2]);
            case 4 when rest[0] == "global" && rest[1] == collection && rest[2] == "family":
                return new ResourceRef(project, "global", collection, rest[3], IsFamily: true);
            case 4 when rest[0] is "zones" or "regions" && rest[2] == collection:
                scope = rest[0] + "/" + rest[1];
                return new ResourceRef(project, scope, collection, rest[3]);
            case 2 when rest[0] == collection && defaultScope is not null:
                return new ResourceRef(project, defaultScope, collection, rest[1]);
            default:
                return null;
        }
    }
}
