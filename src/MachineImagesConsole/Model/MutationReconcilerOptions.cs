namespace MachineImagesConsole.Model;

/// <summary>How the console settles intents left Pending (configuration <c>Console:Mutations</c>).</summary>
public sealed class MutationReconcilerOptions
{
    public const string SectionName = "Console:Mutations";

    /// <summary>How often Pending intents are looked at after the start-up pass.</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long an intent may stay unsettled while Compute cannot be reached before it is recorded Failed (Compute forgets a
    /// requestId after about an hour, so resending it later could make the change twice).
    /// </summary>
    public TimeSpan MaxUnsettledAge { get; set; } = TimeSpan.FromMinutes(50);
}
