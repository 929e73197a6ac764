using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Filtering;
using MachineImagesConsole.LocalCloud.Store;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>The standard list parameters: <c>filter</c>, <c>orderBy</c> (name | creationTimestamp desc), <c>maxResults</c> 0–500, <c>pageToken</c>.</summary>
public static class ComputeLists
{
    public const int MaxPageSize = 500;

    public sealed record Page(List<JsonObject> Items, string? NextPageToken);

    public static Page Apply(ComputeCall call, IEnumerable<JsonObject> documents)
    {
        var (filter, orderBy, pageSize) = ReadParameters(call);
        var all = documents as IReadOnlyList<JsonObject> ?? documents.ToList();
        RequireKnownFields(call, filter, all);
        IEnumerable<JsonObject> matched;
        try
        {
            matched = all.Where(filter.Matches).ToList();
        }
        catch (FilterSyntaxException e)
        {
            throw GoogleErrors.InvalidField("filter", filter.Text, e.Message);
        }
        matched = orderBy switch
        {
            null or "" or "name" => matched.OrderBy(d => (string?)d["name"], StringComparer.Ordinal).ThenBy(d => ScopeOf(d), StringComparer.Ordinal),
            _ => matched.OrderByDescending(d => Timestamps.TryParse((string?)d["creationTimestamp"], out var t) ? t : DateTimeOffset.MinValue)
                .ThenBy(d => (string?)d["name"], StringComparer.Ordinal),
        };

        var offset = DecodeToken(call.Query("pageToken"));
        var ordered = matched.ToList();
        var items = ordered.Skip(offset).Take(pageSize).ToList();
        var next = offset + items.Count < ordered.Count ? EncodeToken(offset + items.Count) : null;
        return new Page(items, next);
    }

    /// <summary>400 when the filter names a field the listed collection does not have (the route's method id names it).</summary>
    private static void RequireKnownFields(ComputeCall call, ComputeFilter filter, IReadOnlyList<JsonObject> documents)
    {
        if (filter.IsMatchAll) return;
        var method = call.Http.GetEndpoint()?.Metadata.GetMetadata<EndpointNameMetadata>()?.EndpointName;
        if (method?.Split('.') is not [_, var collection, _]) return;
        try
        {
            filter.RequireKnownFields(collection, documents);
        }
        catch (FilterSyntaxException e)
        {
            throw GoogleErrors.InvalidField("filter", filter.Text, e.Message);
        }
    }

    /// <summary>
    /// <see cref="Apply(ComputeCall, IEnumerable{JsonObject})"/> over stored records, same results. Without a filter, the
    /// order and the page are taken in SQL on the record's columns and only the page's documents are read and parsed
    /// (a 500-item page of a 5,000-item list parses 500 documents, not 5,000). With a filter, every document of the
    /// collection is parsed once and matched in memory.
    /// </summary>
    public static async Task<Page> ApplyAsync(ComputeCall call, IQueryable<ResourceRecord> records, CancellationToken cancellationToken)
    {
        var (filter, orderBy, pageSize) = ReadParameters(call);
        var offset = DecodeToken(call.Query("pageToken"));
        if (!filter.IsMatchAll)
        {
            var all = await records.Select(r => r.Json).ToListAsync(cancellationToken);
            return Apply(call, all.Select(json => (JsonObject)JsonNode.Parse(json)!));
        }

        // Same order as Apply: name then scope (within one project and collection the scope orders as its link does), or
        // creation time at the millisecond precision of creationTimestamp, newest first, then name.
        var ordered = orderBy is null or "" or "name"
            ? records.OrderBy(r => r.Name).ThenBy(r => r.Scope)
            : records.OrderByDescending(r => r.CreatedTicks / TimeSpan.TicksPerMillisecond).ThenBy(r => r.Name);
        var window = await ordered.Skip(offset).Take(pageSize + 1).Select(r => r.Json).ToListAsync(cancellationToken);
        var items = window.Take(pageSize).Select(json => (JsonObject)JsonNode.Parse(json)!).ToList();
        var next = window.Count > pageSize ? EncodeToken(offset + items.Count) : null;
        return new Page(items, next);
    }

    private static (ComputeFilter Filter, string? OrderBy, int PageSize) ReadParameters(ComputeCall call)
    {
        ComputeFilter filter;
        try
        {
            filter = ComputeFilter.Parse(call.Query("filter"));
        }
        catch (FilterSyntaxException e)
        {
            throw GoogleErrors.InvalidField("filter", call.Query("filter"), e.Message);
        }

        var orderBy = call.Query("orderBy");
        if (orderBy is not (null or "" or "name" or "creationTimestamp desc"))
            throw GoogleErrors.Invalid($"Invalid value for field 'orderBy': '{orderBy}'. Only 'name' and 'creationTimestamp desc' are supported.");

        var pageSize = MaxPageSize;
        if (call.Query("maxResults") is { } maxText)
        {
            if (!int.TryParse(maxText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var max) || max < 0)
                throw GoogleErrors.InvalidField("maxResults", maxText, "Must be greater than or equal to 0");
            if (max > MaxPageSize)
                throw GoogleErrors.InvalidField("maxResults", maxText, $"Must be less than or equal to {MaxPageSize}");
            if (max > 0) pageSize = max;
        }

        return (filter, orderBy, pageSize);
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
