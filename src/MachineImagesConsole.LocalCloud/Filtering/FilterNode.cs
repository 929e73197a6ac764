using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MachineImagesConsole.LocalCloud.Filtering;

/// <summary>A node of a parsed filter.</summary>
internal abstract class FilterNode
{
    public abstract bool Evaluate(JsonObject resource);

    /// <summary>Every field path the filter names.</summary>
    public abstract IEnumerable<string> Fields();
}

internal sealed class AndNode(FilterNode left, FilterNode right) : FilterNode
{
    public override bool Evaluate(JsonObject resource) => left.Evaluate(resource) && right.Evaluate(resource);

    public override IEnumerable<string> Fields() => left.Fields().Concat(right.Fields());

    public override string ToString() => $"({left} AND {right})";
}

internal sealed class OrNode(FilterNode left, FilterNode right) : FilterNode
{
    public override bool Evaluate(JsonObject resource) => left.Evaluate(resource) || right.Evaluate(resource);

    public override IEnumerable<string> Fields() => left.Fields().Concat(right.Fields());

    public override string ToString() => $"({left} OR {right})";
}

internal sealed class NotNode(FilterNode operand) : FilterNode
{
    public override bool Evaluate(JsonObject resource) => !operand.Evaluate(resource);

    public override IEnumerable<string> Fields() => operand.Fields();

    public override string ToString() => $"NOT {operand}";
}

internal enum FilterOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Has,
}

/// <summary>An AIP-160 comparison <c>field OP value</c>.</summary>
internal sealed class ComparisonNode(string field, FilterOperator op, string value, bool isPresenceTest) : FilterNode
{
    public override IEnumerable<string> Fields() => [field];

    public override bool Evaluate(JsonObject resource)
    {
        var leaves = FilterValues.Resolve(resource, field);

        if (op == FilterOperator.NotEqual)
        {
            // != is the negation of = over the whole field: a missing field or an array without the value matches.
            return !leaves.Any(leaf => FilterValues.Compare(leaf, value) == 0);
        }

        if (op == FilterOperator.Has)
        {
            if (isPresenceTest)
            {
                return leaves.Any(leaf => leaf is not null);
            }

            return leaves.Any(Has);
        }

        return leaves.Any(leaf => FilterValues.Compare(leaf, value) is { } c && op switch
        {
            FilterOperator.Equal => c == 0,
            FilterOperator.Less => c < 0,
            FilterOperator.LessOrEqual => c <= 0,
            FilterOperator.Greater => c > 0,
            FilterOperator.GreaterOrEqual => c >= 0,
            _ => false,
        });
    }

    private bool Has(JsonNode? leaf) => leaf switch
    {
        // On a map, ':' tests for the key (AIP-160 "has"): labels:env.
        JsonObject map => map.ContainsKey(value),
        JsonValue v when FilterValues.IsString(v, out var s) => s.Contains(value, StringComparison.Ordinal),
        JsonValue => FilterValues.Compare(leaf, value) == 0,
        _ => false,
    };

    public override string ToString() => $"{field} {op} \"{value}\"";
}

/// <summary>A regex-style comparison <c>field eq literal</c> / <c>field ne literal</c>.</summary>
internal sealed class RegexNode(string field, Regex regex, bool negate) : FilterNode
{
    public override IEnumerable<string> Fields() => [field];

    public override bool Evaluate(JsonObject resource)
    {
        var leaves = FilterValues.Resolve(resource, field);
        var any = false;
        foreach (var leaf in leaves)
        {
            if (FilterValues.AsText(leaf) is { } text && IsMatch(text))
            {
                any = true;
                break;
            }
        }

        return negate ? !any : any;
    }

    private bool IsMatch(string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new FilterSyntaxException(
                $"The regular expression for '{field}' took longer than {regex.MatchTimeout.TotalMilliseconds:0} ms to evaluate; simplify it.", ex);
        }
    }

    public override string ToString() => $"{field} {(negate ? "ne" : "eq")} /{regex}/";
}
