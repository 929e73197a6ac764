namespace MachineImagesConsole.LocalCloud.Faults;

/// <summary>The fault chosen for one call: what to do, and the delay or status it uses.</summary>
public sealed record FaultDecision(FaultKind Kind, TimeSpan Delay, int Status, int RuleIndex)
{
    public bool AfterCommit => Kind is FaultKind.ErrorAfterCommit or FaultKind.DropAfterCommit or FaultKind.DelayAfterCommit;
}
