namespace MachineImagesConsole.Model.Settings;

/// <summary>A setting as configured: what it is, its value now, and the configuration key that owns it.</summary>
public sealed record SettingsEntry(string Name, string Value, string Key);
