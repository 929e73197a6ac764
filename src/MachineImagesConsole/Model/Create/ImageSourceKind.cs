namespace MachineImagesConsole.Model.Create;

/// <summary>What a disk image is created from (exactly one).</summary>
public enum ImageSourceKind
{
    Disk = 0,
    Snapshot = 1,
    Image = 2,
    CloudStorage = 3,
}
