namespace MachineImagesConsole.Model.Create;

/// <summary>Where an image's or machine image's data is stored: one region, or one of the multi-regions.</summary>
public static class StorageLocations
{
    /// <summary>Cloud Storage multi-regions Compute accepts as a storage location.</summary>
    public static IReadOnlyList<string> MultiRegions { get; } = ["us", "eu", "asia"];

    /// <summary>The multi-regions first, then the project's regions sorted by name.</summary>
    public static IReadOnlyList<string> Options(IEnumerable<string> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        return [.. MultiRegions, .. regions.Where(r => !string.IsNullOrEmpty(r)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The multi-region a region belongs to (Compute's default when no location is chosen).</summary>
    public static string MultiRegionOf(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        if (region.StartsWith("europe-", StringComparison.Ordinal) || region.StartsWith("me-", StringComparison.Ordinal)) return "eu";
        if (region.StartsWith("asia-", StringComparison.Ordinal) || region.StartsWith("australia-", StringComparison.Ordinal)) return "asia";
        return "us";
    }

    /// <summary><c>us-central1-a</c> → <c>us-central1</c>.</summary>
    public static string RegionOfZone(string zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var dash = zone.LastIndexOf('-');
        return dash > 0 ? zone[..dash] : zone;
    }

    /// <summary>Null when empty (Compute's default) or one of <paramref name="allowed"/>; otherwise a sentence.</summary>
    public static string? Validate(string? location, IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        if (string.IsNullOrEmpty(location)) return null;
        return allowed.Contains(location, StringComparer.Ordinal)
            ? null
            : $"'{location}' is not a region or multi-region (us, eu, asia) of this project.";
    }
}
