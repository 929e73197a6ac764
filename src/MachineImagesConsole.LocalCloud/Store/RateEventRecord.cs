namespace MachineImagesConsole.LocalCloud.Store;

/// <summary>One accepted request counted by a rate limit (e.g. machine images per source instance).</summary>
public sealed class RateEventRecord
{
    public long Id { get; set; }

    public string Subject { get; set; } = "";

    public long Ticks { get; set; }
}
