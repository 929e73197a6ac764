namespace MachineImagesConsole.Model.Sharing;

public enum PolicyChangeKind
{
    Add = 0,
    Remove = 1,
}
