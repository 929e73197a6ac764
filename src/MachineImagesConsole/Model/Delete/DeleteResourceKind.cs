namespace MachineImagesConsole.Model.Delete;

/// <summary>What the delete dialog deletes.</summary>
public enum DeleteResourceKind
{
    MachineImage = 0,
    Image = 1,
}
