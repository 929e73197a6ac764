namespace MachineImagesConsole.Data;

/// <summary>Where a self-service clone is in its life.</summary>
public enum CloneStatus
{
    /// <summary>Submitted; Compute is creating the VM.</summary>
    Active = 0,

    /// <summary>Compute refused it or the insert failed (nothing to delete).</summary>
    Failed = 1,

    /// <summary>The TTL passed and the console deleted the VM.</summary>
    Expired = 2,
}
