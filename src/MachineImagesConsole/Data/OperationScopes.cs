using MachineImagesConsole.Compute.Links;

namespace MachineImagesConsole.Data;

/// <summary>Helpers for an operation's scope string: <c>global</c>, <c>zones/{zone}</c> or <c>regions/{region}</c>.</summary>
public static class OperationScopes
{
    public const string Global = ResourceLinks.GlobalScope;

    public static string Zone(string zone) => ResourceLinks.ZoneScope(zone);

    public static string Region(string region) => ResourceLinks.RegionScope(region);

    /// <summary>
    /// The scope from an operation's <c>zone</c> / <c>region</c> fields, which Compute returns as URLs
    /// (or bare names): the last path segment is the zone or region name.
    /// </summary>
    public static string From(string? zone, string? region) => ResourceLinks.ScopeOf(zone, region);

    /// <summary>True when the scope is <c>global</c>, or <c>zones/</c>/<c>regions/</c> followed by a valid name.</summary>
    public static bool IsValid(string? scope) => ResourceLinks.IsValidScope(scope);
}
