namespace MachineImagesConsole.Model.Restore;

/// <summary>One metadata key and value the restored VM gets (editable in the wizard).</summary>
public sealed class MetadataEntry
{
    public string Key { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;
}
