using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MachineImagesConsole.LocalCloud.Filtering;

/// <summary>Field resolution and value comparison shared by the filter nodes.</summary>
internal static class FilterValues
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
    ];

    /// <summary>
    /// Walks a dotted path into the resource. Arrays met on the way (or at the end) fan out: every element is
    /// a candidate, so <c>storageLocations = us</c> matches when any element equals <c>us</c>.
    /// Returns the leaves found; an empty list means the field is missing.
    /// </summary>
    public static List<JsonNode?> Resolve(JsonObject resource, string path)
    {
        var current = new List<JsonNode?> { resource };
        foreach (var segment in path.Split('.'))
        {
            var next = new List<JsonNode?>();
            foreach (var node in current)
            {
                Step(node, segment, next);
            }

            if (next.Count == 0)
            {
                return next;
            }

            current = next;
        }

        var leaves = new List<JsonNode?>(current.Count);
        foreach (var node in current)
        {
            if (node is JsonArray array)
            {
                leaves.AddRange(array);
            }
            else
            {
                leaves.Add(node);
            }
        }

        return leaves;
    }

    private static void Step(JsonNode? node, string segment, List<JsonNode?> into)
    {
        switch (node)
        {
            case JsonObject obj when obj.TryGetPropertyValue(segment, out var child) && child is not null:
                into.Add(child);
                break;
            case JsonArray array:
                foreach (var element in array)
                {
                    Step(element, segment, into);
                }

                break;
        }
    }

    public static bool IsString(JsonValue value, out string text)
    {
        if (value.GetValueKind() == JsonValueKind.String)
        {
            text = value.GetValue<string>();
            return true;
        }

        text = string.Empty;
        return false;
    }

    /// <summary>The text of a scalar leaf (strings as-is, numbers as written, booleans as true/false); null for objects, arrays and null.</summary>
    public static string? AsText(JsonNode? leaf)
    {
        if (leaf is not JsonValue value)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => value.ToJsonString(),
            _ => null,
        };
    }

    /// <summary>
    /// Compares a leaf with a literal: as booleans when the leaf is a boolean, as numbers when both sides are
    /// numbers (int64 strings included), as instants when both parse as dates, else ordinal string order.
    /// Null when the leaf is not a scalar (object, array element that is an object, JSON null).
    /// </summary>
    public static int? Compare(JsonNode? leaf, string literal)
    {
        var text = AsText(leaf);
        if (text is null)
        {
            return null;
        }

        var kind = ((JsonValue)leaf!).GetValueKind();
        if (kind is JsonValueKind.True or JsonValueKind.False)
        {
            return bool.TryParse(literal, out var b) ? (kind == JsonValueKind.True).CompareTo(b) : string.CompareOrdinal(text, literal);
        }

        if (TryNumber(text, out var leftNumber) && TryNumber(literal, out var rightNumber))
        {
            return leftNumber.CompareTo(rightNumber);
        }

        if (TryInstant(text, out var leftInstant) && TryInstant(literal, out var rightInstant))
        {
            return leftInstant.CompareTo(rightInstant);
        }

        return string.CompareOrdinal(text, literal);
    }

    private static bool TryNumber(string text, out decimal number) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out number);

    internal static bool TryInstant(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out instant);
}
