using Microsoft.AspNetCore.WebUtilities;

namespace MachineImagesConsole.Model.Operations;

/// <summary>
/// The Operations page's filters, kept in the URL so a view can be shared and reloaded:
/// <c>?status=RUNNING&amp;type=insert&amp;target=nightly&amp;user=operator</c>.
/// </summary>
public sealed record OperationsQuery
{
    public const string StatusKey = "status";
    public const string TypeKey = "type";
    public const string TargetKey = "target";
    public const string UserKey = "user";

    /// <summary>Status filter values: the three Compute statuses, <c>FAILED</c> (DONE with errors) and <c>ACTIVE</c> (not DONE).</summary>
    public static readonly IReadOnlyList<string> Statuses = ["ACTIVE", "PENDING", "RUNNING", "DONE", "FAILED"];

    public static readonly OperationsQuery Empty = new();

    /// <summary>One of <see cref="Statuses"/>, or null for all.</summary>
    public string? Status { get; init; }

    /// <summary>An operation type such as <c>insert</c> (exact, case-insensitive).</summary>
    public string? Type { get; init; }

    /// <summary>Part of the target's name or link.</summary>
    public string? Target { get; init; }

    /// <summary>Part of the e-mail of who started it.</summary>
    public string? User { get; init; }

    public bool IsEmpty => Status is null && Type is null && Target is null && User is null;

    public static OperationsQuery Parse(string? uriOrQuery)
    {
        if (string.IsNullOrEmpty(uriOrQuery)) return Empty;
        var q = uriOrQuery.IndexOf('?', StringComparison.Ordinal) is var i and >= 0 ? uriOrQuery[i..] : string.Empty;
        var hash = q.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0) q = q[..hash];
        var values = QueryHelpers.ParseQuery(q);
        string? Get(string key) => values.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;
        var status = Get(StatusKey)?.ToUpperInvariant();
        return new OperationsQuery
        {
            Status = status is not null && Statuses.Contains(status, StringComparer.Ordinal) ? status : null,
            Type = Get(TypeKey),
            Target = Get(TargetKey),
            User = Get(UserKey),
        };
    }

    /// <summary>Every key (null = remove) for <c>NavigationManager.GetUriWithQueryParameters</c>; other parameters stay.</summary>
    public IReadOnlyDictionary<string, object?> ToQueryParameters() => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        [StatusKey] = Status,
        [TypeKey] = Type,
        [TargetKey] = Target,
        [UserKey] = User,
    };

    /// <summary>True when the row passes every filter that is set.</summary>
    public bool Matches(OperationRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var statusOk = Status switch
        {
            null => true,
            "ACTIVE" => row.InFlight,
            "FAILED" => row.Failed,
            "DONE" => row.Done,
            _ => string.Equals(row.Status, Status, StringComparison.Ordinal),
        };
        return statusOk
            && (Type is null || string.Equals(row.Type, Type, StringComparison.OrdinalIgnoreCase))
            && (Target is null || Contains(row.Target?.Name, Target) || Contains(row.TargetLink, Target))
            && (User is null || Contains(row.User, User));
    }

    private static bool Contains(string? value, string part) => value?.Contains(part, StringComparison.OrdinalIgnoreCase) == true;
}
