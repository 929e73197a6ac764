namespace MachineImagesConsole.Model.Create;

/// <summary>What a machine image is created from.</summary>
public enum MachineImageSourceKind
{
    /// <summary>A VM instance (machineImages.insert with <c>sourceInstance</c>).</summary>
    Instance = 0,

    /// <summary>An instance template created from a VM: the machine image captures that VM (the template's <c>sourceInstance</c>).</summary>
    InstanceTemplate = 1,
}
