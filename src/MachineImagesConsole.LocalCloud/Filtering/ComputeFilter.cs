using System.Text.Json.Nodes;

namespace MachineImagesConsole.LocalCloud.Filtering;

/// <summary>
/// The <c>filter</c> query parameter of Compute Engine list calls, parsed once and matched against resources
/// stored as JSON documents. Two styles are understood, and one filter may not mix them:
/// <list type="bullet">
/// <item>AIP-160 style: <c>field OP value</c> with OP one of <c>= != &lt; &gt; &lt;= &gt;= :</c>;</item>
/// <item>regex style: <c>field eq literal</c> / <c>field ne literal</c>, the literal matching the whole field.</item>
/// </list>
/// Terms combine with <c>AND</c>, <c>OR</c> (also lowercase), juxtaposition (= AND), parentheses and
/// <c>NOT</c> / <c>-</c> negation. As in AIP-160, <c>OR</c> binds tighter than <c>AND</c>:
/// <c>a AND b OR c</c> means <c>a AND (b OR c)</c>.
/// </summary>
public sealed class ComputeFilter
{
    private static readonly ComputeFilter MatchAll = new(null, string.Empty);

    private readonly FilterNode? _root;

    private ComputeFilter(FilterNode? root, string text)
    {
        _root = root;
        Text = text;
    }

    /// <summary>The filter text as given (empty for match-all).</summary>
    public string Text { get; }

    /// <summary>The distinct top-level fields the filter names (<c>labels.env</c> → <c>labels</c>).</summary>
    public IReadOnlyList<string> TopLevelFields => _root is null ? [] : _root.Fields().Select(f => f.Split('.')[0]).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Throws when the filter names a top-level field that <paramref name="collection"/>'s resources do not have (its
    /// discovery schema, or any of <paramref name="documents"/>). Collections without a schema table are not checked.
    /// </summary>
    /// <exception cref="FilterSyntaxException">An unknown field.</exception>
    public void RequireKnownFields(string collection, IEnumerable<JsonObject> documents)
    {
        if (_root is null || FilterFields.For(collection) is not { } known) return;
        var unknown = TopLevelFields.Where(f => !known.Contains(f)).ToList();
        if (unknown.Count == 0) return;
        var present = new HashSet<string>(documents.SelectMany(d => d.Select(p => p.Key)), StringComparer.Ordinal);
        foreach (var field in unknown)
        {
            if (!present.Contains(field)) throw new FilterSyntaxException($"Invalid field name '{field}' in the filter: {collection} have no such field.");
        }
    }

    /// <summary>True when the filter has no terms and so matches every resource.</summary>
    public bool IsMatchAll => _root is null;

    /// <summary>Parses a filter; null, empty or whitespace matches everything.</summary>
    /// <exception cref="FilterSyntaxException">The filter is not valid; the message says where and why.</exception>
    public static ComputeFilter Parse(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return MatchAll;
        }

        return new ComputeFilter(FilterParser.Parse(filter), filter);
    }

    /// <summary>Whether the resource satisfies the filter.</summary>
    /// <exception cref="FilterSyntaxException">A regular expression took too long to evaluate.</exception>
    public bool Matches(JsonObject resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return _root is null || _root.Evaluate(resource);
    }

    public override string ToString() => _root?.ToString() ?? "<all>";
}
