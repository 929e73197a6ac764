namespace MachineImagesConsole.Model.Backups;

/// <summary>Tells pages that a backup run changed (singleton; raised on a background thread with the policy id).</summary>
public sealed class BackupRunFeed
{
    public event Action<long>? Changed;

    public void NotifyChanged(long policyId) => Changed?.Invoke(policyId);
}
