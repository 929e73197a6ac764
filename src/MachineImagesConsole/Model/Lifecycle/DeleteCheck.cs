using MachineImagesConsole.Model.Sharing;

namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>
/// Whether a delete may go ahead: <see cref="Blockers"/> (protection) stop it outright; <see cref="Risks"/> need the
/// matching <see cref="DeleteOverride"/>.
/// </summary>
public sealed record DeleteCheck(ResourceTarget Target, IReadOnlyList<string> Blockers, IReadOnlyList<DeleteRisk> Risks)
{
    public bool IsProtected => Blockers.Count > 0;

    /// <summary>The overrides the delete needs (on top of there being no blocker).</summary>
    public DeleteOverride Required => Risks.Aggregate(DeleteOverride.None, (all, r) => all | r.Override);

    public bool AllowsWith(DeleteOverride overrides) => Blockers.Count == 0 && (Required & ~overrides) == DeleteOverride.None;

    /// <summary>Why the delete is refused with <paramref name="overrides"/> (empty when allowed).</summary>
    public IReadOnlyList<string> ReasonsAgainst(DeleteOverride overrides)
        => [.. Blockers, .. Risks.Where(r => (r.Override & ~overrides) != DeleteOverride.None).Select(r => r.Message)];
}
