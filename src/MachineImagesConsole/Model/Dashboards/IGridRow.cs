namespace MachineImagesConsole.Model.Dashboards;

/// <summary>What the shared search, filters and export need from a row of a dashboard grid.</summary>
public interface IGridRow
{
    string Name { get; }

    string Status { get; }

    IReadOnlyList<string> StorageLocations { get; }

    IReadOnlyDictionary<string, string> Labels { get; }

    DateTimeOffset? Created { get; }

    /// <summary>The image family (images only; null for rows without one).</summary>
    string? Family { get; }

    /// <summary>Text the search box matches (case-insensitive substring).</summary>
    string SearchText { get; }
}
