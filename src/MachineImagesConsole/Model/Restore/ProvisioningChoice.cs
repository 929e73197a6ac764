namespace MachineImagesConsole.Model.Restore;

/// <summary>How the restored VM is provisioned (<c>scheduling.provisioningModel</c> / <c>scheduling.preemptible</c>).</summary>
public enum ProvisioningChoice
{
    Standard = 0,
    Spot = 1,
    Preemptible = 2,
}
