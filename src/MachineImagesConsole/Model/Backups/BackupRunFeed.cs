namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// Tells pages that a backup run of a policy changed (singleton; raised on a background thread with the policy id).
/// With several instances, the runs another instance makes arrive through <c>BackupRunRelay</c> (Redis).
/// </summary>
public sealed class BackupRunFeed
{
    /// <summary>A run changed, here or on another instance: pages read it again.</summary>
    public event Action<long>? Changed;

    /// <summary>A run changed on this instance: what is told to the other instances.</summary>
    public event Action<long>? ChangedHere;

    /// <summary>A run of <paramref name="policyId"/> changed here.</summary>
    public void NotifyChanged(long policyId)
    {
        Changed?.Invoke(policyId);
        ChangedHere?.Invoke(policyId);
    }

    /// <summary>Another instance changed a run of <paramref name="policyId"/>: tell pages here, and nobody else.</summary>
    public void NotifyFromPeer(long policyId) => Changed?.Invoke(policyId);
}
