using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Filtering;
using MachineImagesConsole.LocalCloud.Store;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>The standard list parameters: <c>filter</c>, <c>orderBy</c> (name | creationTimestamp desc), <c>maxResults</c> 0–500, <c>pageToken</c>.</summary>
public static class ComputeLists
{
    public const int MaxPageSize = 500;

    public sealed record Page(List<JsonObject> Items, string? NextPageToken);

    public static Page Apply(ComputeCall call, IEnumerable<JsonObject> documents)
    {
        ComputeFilter filter;
        try
        {
            filter = ComputeFilter.Parse(call.Query("filter"));
        }
        catch (FilterSyntaxException e)
        {
            throw GoogleErrors.Invalid(e.Message);
        }

        var orderBy = call.Query("orderBy");
        var pageSize = MaxPageSize;
        if (call.Query("maxResults") is { } maxText)
        {
            if (!int.TryParse(maxText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var max) || max < 0)
                throw GoogleErrors.InvalidField("maxResults", maxText, "Must be greater than or equal to 0");
            if (max > MaxPageSize)
                throw GoogleErrors.InvalidField("maxResults", maxText, $"Must be less than or equal to {MaxPageSize}");
            if (max > 0) pageSize = max;
        }

        var matched = documents.Where(filter.Matches);
        matched = orderBy switch
        {
            null or "" or "name" => matched.OrderBy(d => (string?)d["name"], StringComparer.Ordinal).ThenBy(d => ScopeOf(d), StringComparer.Ordinal),
            "creationTimestamp desc" => matched.OrderByDescending(d => Timestamps.TryParse((string?)d["creationTimestamp"], out var t) ? t : DateTimeOffset.MinValue)
                .ThenBy(d => (string?)d["name"], StringComparer.Ordinal),
            _ => throw GoogleErrors.Invalid($"Invalid value for field 'orderBy': '{orderBy}'. Only 'name' and 'creationTimestamp desc' are supported."),
        };

        var offset = DecodeToken(call.Query("pageToken"));
        var all = matched.ToList();
        var items = all.Skip(offset).Take(pageSize).ToList();
        var next = offset + items.Count < all.Count ? EncodeToken(offset + items.Count) : null;
        return new Page(items, next);
    }

    /// <summary>A list envelope: <c>items</c> only when there are any, <c>nextPageToken</c> only when more remain.</summary>
    public static JsonObject Envelope(string kind, string listPath, Page page)
    {
        var body = new JsonObject { ["kind"] = kind, ["id"] = listPath };
        if (page.Items.Count > 0) body["items"] = new JsonArray([.. page.Items]);
        if (page.NextPageToken is not null) body["nextPageToken"] = page.NextPageToken;
        body["selfLink"] = StoredLinks.Compute(listPath);
        return body;
    }

    public static JsonObject List(ComputeCall call, string kind, string listPath, IEnumerable<JsonObject> documents) =>
        Envelope(kind, listPath, Apply(call, documents));

    private static string ScopeOf(JsonObject d) => (string?)d["zone"] ?? (string?)d["region"] ?? "";

    private static string EncodeToken(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("lc1:" + offset.ToString(CultureInfo.InvariantCulture))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static int DecodeToken(string? token)
    {
        if (string.IsNullOrEmpty(token)) return 0;
        try
        {
            var b64 = token.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + ((4 - (b64.Length % 4)) % 4), '=');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(b64));
            if (text.StartsWith("lc1:", StringComparison.Ordinal) && int.TryParse(text[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
                return offset;
        }
        catch (FormatException)
        {
        }
        throw GoogleErrors.InvalidField("pageToken", token, "The page token is not valid.");
    }
}
