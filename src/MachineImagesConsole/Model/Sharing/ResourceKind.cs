namespace MachineImagesConsole.Model.Sharing;

/// <summary>What kind of resource a share, label, protect or delete acts on.</summary>
public enum ResourceKind
{
    Image = 0,
    MachineImage = 1,
}
