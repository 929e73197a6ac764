using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Model.Sharing;

/// <summary>
/// The share wizard's state and rules, without rendering: the policy as read, the edits (adds and removes), member
/// validation beside the field, the Admin-only make-public switch, the review (diff, gcloud lines, REST body), and the
/// apply that re-reviews on a concurrent change instead of overwriting it.
/// </summary>
public sealed class ShareWizardViewModel(ResourceTarget target, bool isAdmin, TimeProvider time)
{
    private readonly List<PolicyChange> _changes = [];

    public ResourceTarget Target { get; } = target;

    public bool IsAdmin { get; } = isAdmin;

    public ShareWizardStep Step { get; private set; } = ShareWizardStep.Edit;

    /// <summary>The policy the edits apply to (its etag makes the write conditional).</summary>
    public Policy? Reviewed { get; private set; }

    public IReadOnlyList<PolicyChange> Changes => _changes;

    // The add-member form.
    public string MemberInput { get; set; } = "";

    public string Role { get; set; } = SharingRoles.DefaultFor(target.Kind);

    public DateTime? ExpiresOn { get; set; }

    public string? MemberError { get; private set; }

    public string? ExpiryError { get; private set; }

    /// <summary>Set when the person acknowledged the make-public warning.</summary>
    public bool PublicAcknowledged { get; set; }

    /// <summary>Set after a 412: someone else changed the policy; <see cref="Reviewed"/> is now theirs.</summary>
    public bool ConflictDetected { get; private set; }

    public ShareResult? LastResult { get; private set; }

    public Policy Desired => PolicyEditor.Apply(Reviewed ?? new Policy(), _changes);

    public PolicyDiff Diff => PolicyEditor.Diff(Reviewed, Desired);

    public IReadOnlyList<string> GcloudLines => SharingCommands.GcloudLines(Target, Diff);

    public EquivalentCommand Rest => SharingCommands.Rest(Target, Desired, GcloudLines);

    public IReadOnlyList<PolicyRoleGroup> CurrentByRole => PolicyEditor.ByRole(Reviewed);

    public IReadOnlyList<string> OfferedRoles => SharingRoles.OfferedFor(Target.Kind);

    /// <summary>True when the edits grant allAuthenticatedUsers (Admins only, after the warning).</summary>
    public bool MakesPublic => Diff.MakesPublic;

    public bool CanReview => !Diff.IsEmpty && (!MakesPublic || (IsAdmin && PublicAcknowledged));

    public void Load(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Reviewed = policy;
        _changes.Clear();
        Step = ShareWizardStep.Edit;
        ConflictDetected = false;
        LastResult = null;
    }

    /// <summary>The problem with the member as typed now (shown beside the field), or null.</summary>
    public string? MemberProblem()
    {
        if (!IamMember.TryParse(MemberInput, out var member, out var error)) return error;
        if (member.Kind == IamMemberKind.AllAuthenticatedUsers && !IsAdmin) return "Only a console Admin can make an image public (allAuthenticatedUsers).";
        if (string.IsNullOrWhiteSpace(Role) || !Role.StartsWith("roles/", StringComparison.Ordinal)) return "Choose a role.";
        return null;
    }

    /// <summary>The problem with the expiry date now (shown beside the field), or null.</summary>
    public string? ExpiryProblem()
        => ExpiresOn is { } day && ExpiryOf(day) <= time.GetUtcNow() ? "The expiry must be in the future." : null;

    private static DateTimeOffset ExpiryOf(DateTime day) => new(DateTime.SpecifyKind(day.Date.AddDays(1), DateTimeKind.Utc));

    /// <summary>Validates the form and adds the grant; returns false (with the message beside the field) when it is wrong.</summary>
    public bool AddMember()
    {
        MemberError = MemberProblem();
        ExpiryError = MemberError is null ? ExpiryProblem() : null;
        if (MemberError is not null || ExpiryError is not null || !IamMember.TryParse(MemberInput, out var member, out _)) return false;
        Expr? condition = ExpiresOn is { } day ? IamConditions.ExpiresAt(ExpiryOf(day)) : null;

        _changes.Add(PolicyChange.Add(Role, member.Value, condition));
        MemberInput = "";
        ExpiresOn = null;
        return true;
    }

    /// <summary>Marks an existing grant for removal (or un-marks it).</summary>
    public void ToggleRemove(string role, string member, Expr? condition)
    {
        var existing = _changes.FindIndex(c => c.Kind == PolicyChangeKind.Remove && c.Role == role && c.Member == member && IamConditions.SameCondition(c.Condition, condition));
        if (existing >= 0) _changes.RemoveAt(existing);
        else _changes.Add(PolicyChange.Remove(role, member, condition));
    }

    public bool IsMarkedForRemoval(string role, string member, Expr? condition)
        => _changes.Any(c => c.Kind == PolicyChangeKind.Remove && c.Role == role && c.Member == member && IamConditions.SameCondition(c.Condition, condition));

    public void Discard(PolicyChange change) => _changes.Remove(change);

    public void GoToReview()
    {
        if (CanReview) Step = ShareWizardStep.Review;
    }

    public void BackToEdit() => Step = ShareWizardStep.Edit;

    /// <summary>Writes the policy. On a concurrent change the wizard stays on the review step with the new policy and diff.</summary>
    public async Task<ShareResult> ApplyAsync(SharingService sharing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sharing);
        if (Reviewed is null) throw new InvalidOperationException("Load the policy first.");
        var result = await sharing.ApplyAsync(Target, Reviewed, [.. _changes], cancellationToken);
        LastResult = result;
        switch (result.Outcome)
        {
            case ShareOutcome.Applied:
                Reviewed = result.Current;
                _changes.Clear();
                Step = ShareWizardStep.Done;
                ConflictDetected = false;
                break;
            case ShareOutcome.Conflict:
                Reviewed = result.Current;
                ConflictDetected = true;
                Step = ShareWizardStep.Review;
                break;
            case ShareOutcome.NoChange:
                Step = ShareWizardStep.Edit;
                break;
            default:
                break;
        }

        return result;
    }
}
