namespace MachineImagesConsole.Model.Create;

/// <summary>One row of the labels editor (mutable: the editor binds to it).</summary>
public sealed class LabelEntry
{
    public string Key { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;
}
