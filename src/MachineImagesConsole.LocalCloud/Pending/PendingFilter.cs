#pragma warning disable CA1064, CA1032, CA1502
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MachineImagesConsole.LocalCloud.Filtering;

public sealed class FilterSyntaxException(string message) : Exception(message);

public sealed class ComputeFilter
{
    private readonly List<List<(string Field, string Op, string Value)>> _anyOf;

    private ComputeFilter(List<List<(string, string, string)>> anyOf) => _anyOf = anyOf;

    public static ComputeFilter Parse(string? filter)
    {
        var groups = new List<List<(string, string, string)>>();
        if (string.IsNullOrWhiteSpace(filter)) return new ComputeFilter(groups);
        foreach (var orPart in Regex.Split(filter, @"\s+OR\s+"))
        {
            var terms = new List<(string, string, string)>();
            var text = orPart.Replace(" AND ", " ", StringComparison.Ordinal);
            var matches = Regex.Matches(text, "\\(?\\s*([A-Za-z0-9_.]+)\\s*(!=|<=|>=|=|<|>|:|\\beq\\b|\\bne\\b)\\s*(\"[^\"]*\"|'[^']*'|[^\\s()]+)\\s*\\)?");
            var consumed = string.Concat(matches.Select(m => m.Value)).Replace(" ", "", StringComparison.Ordinal);
            if (matches.Count == 0 || consumed.Length != text.Replace(" ", "", StringComparison.Ordinal).Length)
                throw new FilterSyntaxException($"Invalid list filter expression '{filter}'.");
            foreach (Match m in matches) terms.Add((m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value.Trim('"', '\'')));
            groups.Add(terms);
        }
        return new ComputeFilter(groups);
    }

    public bool Matches(JsonObject resource) => _anyOf.Count == 0 || _anyOf.Any(g => g.All(t => Term(resource, t)));

    private static bool Term(JsonObject resource, (string Field, string Op, string Value) t)
    {
        JsonNode? node = resource;
        foreach (var part in t.Field.Split('.')) node = node is JsonObject o ? o[part] : null;
        var actual = node is JsonValue v ? v.ToString() : node?.ToJsonString();
        switch (t.Op)
        {
            case ":": return t.Value == "*" ? actual is not null : actual?.Contains(t.Value, StringComparison.Ordinal) == true;
            case "eq": return actual is not null && Regex.IsMatch(actual, "^(?:" + t.Value + ")$");
            case "ne": return actual is null || !Regex.IsMatch(actual, "^(?:" + t.Value + ")$");
            case "=": return actual == t.Value;
            case "!=": return actual != t.Value;
        }
        if (actual is null) return false;
        int cmp;
        if (DateTimeOffset.TryParse(actual, CultureInfo.InvariantCulture, DateTimeStyles.None, out var a) && DateTimeOffset.TryParse(t.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var b)) cmp = a.CompareTo(b);
        else if (double.TryParse(actual, CultureInfo.InvariantCulture, out var x) && double.TryParse(t.Value, CultureInfo.InvariantCulture, out var y)) cmp = x.CompareTo(y);
        else cmp = string.CompareOrdinal(actual, t.Value);
        return t.Op switch { "<" => cmp < 0, ">" => cmp > 0, "<=" => cmp <= 0, _ => cmp >= 0 };
    }
}
