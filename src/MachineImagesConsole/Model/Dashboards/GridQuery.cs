using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>
/// The search, filters and sort of a dashboard grid, as they live in the URL's query string so a view can be
/// shared and reloaded. Unknown or malformed values are ignored (a hand-edited link never breaks the page).
/// The <c>project</c> parameter is not part of it: the layout owns it and it is kept on every navigation.
/// </summary>
public sealed record GridQuery
{
    public const string SearchKey = "q";
    public const string StatusKey = "status";
    public const string LocationKey = "location";
    public const string LabelKey = "label";
    public const string CreatedAfterKey = "after";
    public const string CreatedBeforeKey = "before";
    public const string SortKey = "sort";
    public const string DirectionKey = "dir";
    public const string DeprecatedKey = "deprecated";
    public const string FamilyKey = "family";
    public const string SourceProjectKey = "source";

    public static readonly GridQuery Empty = new();

    /// <summary>Every key this record reads and writes (for clearing them from a URL).</summary>
    public static readonly IReadOnlyList<string> Keys =
        [SearchKey, StatusKey, LocationKey, LabelKey, CreatedAfterKey, CreatedBeforeKey, SortKey, DirectionKey, DeprecatedKey, FamilyKey, SourceProjectKey];

    public string? Search { get; init; }

    public string? Status { get; init; }

    public string? Location { get; init; }

    /// <summary><c>key</c> (label present) or <c>key=value</c>.</summary>
    public string? Label { get; init; }

    /// <summary>Created on or after this day (UTC).</summary>
    public DateOnly? CreatedAfter { get; init; }

    /// <summary>Created before the end of this day (UTC).</summary>
    public DateOnly? CreatedBefore { get; init; }

    /// <summary>Column key to sort by; null = the grid's default.</summary>
    public string? Sort { get; init; }

    public GridSortDirection Direction { get; init; }

    /// <summary>Images: also show DEPRECATED, OBSOLETE and DELETED images.</summary>
    public bool ShowDeprecated { get; init; }

    public string? Family { get; init; }

    /// <summary>Images: browse another project's images (a public image project such as <c>debian-cloud</c>).</summary>
    public string? SourceProject { get; init; }

    /// <summary>Reads the query from a URI or a query string (<c>?a=b&amp;c=d</c>).</summary>
    public static GridQuery Parse(string? uriOrQuery)
    {
        if (string.IsNullOrEmpty(uriOrQuery)) return Empty;
        var q = uriOrQuery.IndexOf('?', StringComparison.Ordinal) is var i and >= 0 ? uriOrQuery[i..] : uriOrQuery;
        var hash = q.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0) q = q[..hash];
        var values = QueryHelpers.ParseQuery(q);
        string? Get(string key) => values.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;

        return new GridQuery
        {
            Search = Get(SearchKey),
            Status = Get(StatusKey)?.ToUpperInvariant(),
            Location = Get(LocationKey),
            Label = Get(LabelKey),
            CreatedAfter = ParseDate(Get(CreatedAfterKey)),
            CreatedBefore = ParseDate(Get(CreatedBeforeKey)),
            Sort = Get(SortKey),
            Direction = string.Equals(Get(DirectionKey), "desc", StringComparison.OrdinalIgnoreCase) ? GridSortDirection.Descending : GridSortDirection.Ascending,
            ShowDeprecated = bool.TryParse(Get(DeprecatedKey), out var d) && d,
            Family = Get(FamilyKey),
            SourceProject = Get(SourceProjectKey),
        };
    }

    /// <summary>
    /// Every key with its value, null for the ones at their default, for
    /// <c>NavigationManager.GetUriWithQueryParameters</c> (null removes the parameter, other parameters are kept).
    /// </summary>
    public IReadOnlyDictionary<string, object?> ToQueryParameters() => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        [SearchKey] = Search,
        [StatusKey] = Status,
        [LocationKey] = Location,
        [LabelKey] = Label,
        [CreatedAfterKey] = CreatedAfter?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [CreatedBeforeKey] = CreatedBefore?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [SortKey] = Sort,
        [DirectionKey] = Direction == GridSortDirection.Descending ? "desc" : null,
        [DeprecatedKey] = ShowDeprecated ? "true" : null,
        [FamilyKey] = Family,
        [SourceProjectKey] = SourceProject,
    };

    /// <summary>The non-default parameters as a query string (<c>q=web&amp;sort=created&amp;dir=desc</c>), in a stable order.</summary>
    public string ToQueryString()
    {
        var builder = new StringBuilder();
        foreach (var (key, value) in ToQueryParameters())
        {
            if (value is not string s) continue;
            if (builder.Length > 0) builder.Append('&');
            builder.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(s));
        }
        return builder.ToString();
    }

    /// <summary>Sorting by <paramref name="column"/>: the first click sorts ascending, the next one flips it.</summary>
    public GridQuery ToggleSort(string column) => string.Equals(Sort, column, StringComparison.Ordinal)
        ? this with { Direction = Direction == GridSortDirection.Ascending ? GridSortDirection.Descending : GridSortDirection.Ascending }
        : this with { Sort = column, Direction = GridSortDirection.Ascending };

    /// <summary>The label filter split into key and optional value.</summary>
    public (string Key, string? Value)? LabelFilter
    {
        get
        {
            if (string.IsNullOrWhiteSpace(Label)) return null;
            var eq = Label.IndexOf('=', StringComparison.Ordinal);
            return eq < 0 ? (Label.Trim(), null) : (Label[..eq].Trim(), Label[(eq + 1)..].Trim());
        }
    }

    private static DateOnly? ParseDate(string? value)
        => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
