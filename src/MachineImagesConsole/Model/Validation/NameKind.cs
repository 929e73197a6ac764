namespace MachineImagesConsole.Model.Validation;

/// <summary>What kind of resource a new name is for (which Compute collection to look in).</summary>
public enum NameKind
{
    Instance,
    MachineImage,
    Image,
}
