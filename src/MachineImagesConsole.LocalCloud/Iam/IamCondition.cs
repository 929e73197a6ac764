using System.Globalization;
using System.Text.RegularExpressions;

namespace MachineImagesConsole.LocalCloud.Iam;

/// <summary>
/// The subset of IAM condition expressions (CEL) LocalCloud evaluates: comparisons of <c>request.time</c> with
/// <c>timestamp("RFC3339")</c> using <c>&lt; &lt;= &gt; &gt;=</c>, joined with <c>&amp;&amp;</c>, optionally parenthesised.
/// Anything else is unsupported: it never grants (fail closed) and the validator rejects it.
/// </summary>
internal static partial class IamCondition
{
    [GeneratedRegex("""^\(?\s*request\.time\s*(<=|>=|<|>)\s*timestamp\(\s*(?:"([^"]*)"|'([^']*)')\s*\)\s*\)?$""", RegexOptions.CultureInvariant)]
    private static partial Regex TimeClause();

    /// <summary>Whether the expression is in the supported subset.</summary>
    public static bool IsSupported(string? expression) => TryParse(expression, out _);

    /// <summary>True when the expression is supported and holds at <paramref name="now"/>; false otherwise.</summary>
    public static bool Evaluate(string? expression, DateTimeOffset now)
    {
        if (!TryParse(expression, out var clauses))
        {
            return false;
        }

        foreach (var (op, instant) in clauses)
        {
            var c = now.CompareTo(instant);
            var holds = op switch
            {
                "<" => c < 0,
                "<=" => c <= 0,
                ">" => c > 0,
                ">=" => c >= 0,
                _ => false,
            };

            if (!holds)
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParse(string? expression, out List<(string Op, DateTimeOffset Instant)> clauses)
    {
        clauses = [];
        if (string.IsNullOrWhiteSpace(expression))
        {
            return false;
        }

        foreach (var part in expression.Split("&&"))
        {
            var match = TimeClause().Match(part.Trim());
            if (!match.Success)
            {
                return false;
            }

            var text = match.Groups[2].Success ? match.Groups[2].Value : match.Groups[3].Value;
            if (!TryRfc3339(text, out var instant))
            {
                return false;
            }

            clauses.Add((match.Groups[1].Value, instant));
        }

        return clauses.Count > 0;
    }

    private static bool TryRfc3339(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(text,
            ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out instant)
        && (text.EndsWith('Z') || text.EndsWith('z') || text.Length > 6 && text[^6] is '+' or '-');
}
