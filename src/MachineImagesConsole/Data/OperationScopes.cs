namespace MachineImagesConsole.Data;

/// <summary>Helpers for an operation's scope string: <c>global</c>, <c>zones/{zone}</c> or <c>regions/{region}</c>.</summary>
public static class OperationScopes
{
    public const string Global = "global";

    public static string Zone(string zone) => "zones/" + zone;

    public static string Region(string region) => "regions/" + region;

    /// <summary>
    /// The scope from an operation's <c>zone</c> / <c>region</c> fields, which Compute returns as URLs
    /// (or bare names): the last path segment is the zone or region name.
    /// </summary>
    public static string From(string? zone, string? region)
    {
        if (!string.IsNullOrEmpty(zone)) return Zone(LastSegment(zone));
        if (!string.IsNullOrEmpty(region)) return Region(LastSegment(region));
        return Global;
    }

    /// <summary>True when the scope is <c>global</c>, or <c>zones/</c>/<c>regions/</c> followed by a valid name.</summary>
    public static bool IsValid(string? scope)
    {
        if (scope == Global) return true;
        if (scope is null) return false;
        var slash = scope.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0) return false;
        var kind = scope[..slash];
        return kind is "zones" or "regions" && Compute.Validation.ComputeNames.IsValid(scope[(slash + 1)..]);
    }

    private static string LastSegment(string value)
    {
        var trimmed = value.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? trimmed : trimmed[(slash + 1)..];
    }
}
