namespace MachineImagesConsole.Model.Dashboards;

/// <summary>
/// A family: the image <c>images.getFromFamily</c> resolves to now (the newest image not DEPRECATED, OBSOLETE or
/// DELETED), and every version newest first with its deprecation state.
/// </summary>
public sealed record ImageFamilySummary(string Family, ImageRow? Current, IReadOnlyList<ImageRow> Timeline)
{
    /// <summary>True when every image of the family is deprecated, so getFromFamily returns 404.</summary>
    public bool ResolvesToNothing => Current is null;

    public int DeprecatedCount => Timeline.Count(r => !r.Deprecation.IsActive);

    /// <summary>Groups images by family (images without a family are left out), families sorted by name.</summary>
    public static IReadOnlyList<ImageFamilySummary> Build(IEnumerable<ImageRow> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        return [.. images
            .Where(i => i.Family is not null)
            .GroupBy(i => i.Family!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                List<ImageRow> timeline = [.. g.OrderByDescending(i => i.Created ?? DateTimeOffset.MinValue).ThenByDescending(i => i.Name, StringComparer.Ordinal)];
                return new ImageFamilySummary(g.Key, timeline.FirstOrDefault(i => i.Deprecation.ResolvableFromFamily && i.Status == "READY"), timeline);
            })];
    }
}
