using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Operations;

namespace MachineImagesConsole.Model.Operations;

/// <summary>
/// The rows of the Operations page: what Compute lists for the project, merged with what the console's tracker
/// knows live (the tracker wins unless Compute's listing is further along). In-flight operations first, then newest first.
/// </summary>
public sealed class OperationsBoard
{
    private readonly Dictionary<string, OperationRow> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _rawJson = new(StringComparer.Ordinal);

    public OperationsBoard(string project) => Project = project;

    public string Project { get; }

    public int Count => _rows.Count;

    /// <summary>Replaces Compute's view of the project's operations (live tracker state already on the board is kept when it is further along).</summary>
    public void SetListed(IEnumerable<Operation> listed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(listed);
        var fresh = new Dictionary<string, OperationRow>(StringComparer.Ordinal);
        _rawJson.Clear();
        foreach (var operation in listed)
        {
            if (operation.Name is null) continue;
            var snapshot = OperationSnapshotMapper.ToSnapshot(operation);
            var row = FromSnapshot(snapshot, now);
            fresh[row.Key] = _rows.TryGetValue(row.Key, out var known) && known.Tracked ? Merge(known, row) with { Tracked = true } : row;
            if (snapshot.RawJson is not null) _rawJson[row.Key] = snapshot.RawJson;
        }

        // Keep tracked operations Compute did not list (yet, or any more).
        foreach (var (key, row) in _rows)
        {
            if (row.Tracked && !fresh.ContainsKey(key)) fresh[key] = row;
        }

        _rows.Clear();
        foreach (var (key, row) in fresh) _rows[key] = row;
    }

    /// <summary>
    /// Applies one tracker update. Returns the row's previous state (null when new) so the caller can tell
    /// when an operation it saw running has just finished.
    /// </summary>
    /// <param name="progress">The tracker's update.</param>
    /// <param name="now">When it arrived: an operation Compute has not listed yet started <c>now - Elapsed</c> ago.</param>
    public OperationRow? Apply(OperationProgress progress, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (!string.Equals(progress.Project, Project, StringComparison.Ordinal)) return null;
        var key = progress.Scope + "/" + progress.OperationName;
        _rows.TryGetValue(key, out var previous);
        var live = FromProgress(progress, previous, now);
        _rows[key] = previous is null ? live : Merge(live, previous) with { Tracked = true };
        return previous;
    }

    /// <summary>The rows passing <paramref name="query"/>: in-flight first, then by start time, newest first.</summary>
    public IReadOnlyList<OperationRow> Rows(OperationsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _rows.Values
            .Where(query.Matches)
            .OrderBy(r => r.Done)
            .ThenByDescending(r => r.Started ?? DateTimeOffset.MinValue)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The operation types present (for the type filter).</summary>
    public IReadOnlyList<string> Types => _rows.Values.Select(r => r.Type).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>In-flight operations Compute listed that the tracker does not follow yet.</summary>
    public IReadOnlyList<OperationRow> Untracked => _rows.Values.Where(r => r.InFlight && !r.Tracked).ToList();

    public OperationRow? Find(string key) => _rows.GetValueOrDefault(key);

    /// <summary>The Operation JSON from Compute's last listing, when it was listed.</summary>
    public string? RawJson(string key) => _rawJson.GetValueOrDefault(key);

    /// <summary>The snapshot to hand the tracker for a listed row.</summary>
    public OperationSnapshot? SnapshotOf(string key)
        => _rows.TryGetValue(key, out var row) ? new OperationSnapshot
        {
            Name = row.Name,
            Scope = row.Scope,
            Status = row.Status,
            Progress = row.Progress,
            OperationType = row.Type.Length == 0 ? null : row.Type,
            TargetLink = row.TargetLink,
            User = row.User,
            StartTime = row.Started,
            EndTime = row.Ended,
            RawJson = _rawJson.GetValueOrDefault(key),
        } : null;

    /// <summary>The row further along, keeping what only the other one knows (when it started, who, what).</summary>
    private static OperationRow Merge(OperationRow a, OperationRow b)
    {
        var newer = Newer(a, b);
        var other = ReferenceEquals(newer, a) ? b : a;
        return newer with
        {
            Started = newer.Started ?? other.Started,
            Ended = newer.Done ? newer.Ended ?? other.Ended : null,
            User = newer.User ?? other.User,
            Type = newer.Type.Length > 0 ? newer.Type : other.Type,
            TargetLink = newer.TargetLink ?? other.TargetLink,
            Target = newer.Target ?? other.Target,
        };
    }

    private static OperationRow Newer(OperationRow a, OperationRow b)
    {
        var rankA = OperationFormat.Rank(a.Status);
        var rankB = OperationFormat.Rank(b.Status);
        if (rankA != rankB) return rankA > rankB ? a : b;
        return a.Progress >= b.Progress ? a : b;
    }

    private OperationRow FromSnapshot(OperationSnapshot s, DateTimeOffset now)
    {
        var started = s.StartTime ?? s.InsertTime;
        var ended = s.IsDone ? s.EndTime : null;
        return new OperationRow
        {
            Project = Project,
            Name = s.Name,
            Scope = s.Scope,
            Type = s.OperationType ?? string.Empty,
            TargetLink = s.TargetLink,
            Target = OperationTarget.Parse(s.TargetLink),
            Status = s.Status.ToUpperInvariant(),
            Progress = s.IsDone && s.ErrorReasons.Count == 0 ? 100 : s.Progress,
            User = s.User,
            Started = started,
            Ended = ended,
            Elapsed = started is { } from ? ((ended ?? now) - from) is var e && e > TimeSpan.Zero ? e : TimeSpan.Zero : null,
            ErrorReasons = s.ErrorReasons,
            ErrorMessage = s.ErrorMessage,
        };
    }

    private OperationRow FromProgress(OperationProgress p, OperationRow? listed, DateTimeOffset? now) => new()
    {
        Project = Project,
        Name = p.OperationName,
        Scope = p.Scope,
        Type = p.OperationType ?? listed?.Type ?? string.Empty,
        TargetLink = p.TargetLink ?? listed?.TargetLink,
        Target = OperationTarget.Parse(p.TargetLink ?? listed?.TargetLink),
        Status = p.Status,
        Progress = p.ProgressPercent,
        User = string.IsNullOrEmpty(p.User) ? listed?.User : p.User,
        Started = listed?.Started ?? (now is { } at ? at - p.Elapsed : null),
        Ended = p.Done ? listed?.Ended ?? (listed?.Started is { } s ? s + p.Elapsed : null) : null,
        Elapsed = p.Elapsed,
        ErrorReasons = p.ErrorReasons,
        ErrorMessage = p.ErrorMessage,
        Tracked = true,
    };
}
