namespace MachineImagesConsole.LocalCloud.Store;

/// <summary>Serial port 1 output of one instance: the last 1 MB, and how many bytes before it were discarded.</summary>
public sealed class SerialOutputRecord
{
    public const int MaxRetained = 1024 * 1024;

    public string InstanceKey { get; set; } = "";

    public long DiscardedBytes { get; set; }

    public string Contents { get; set; } = "";
}
