namespace MachineImagesConsole.Model.Settings;

/// <summary>One group of the read-only Settings page: its title, and each setting with the configuration key that sets it.</summary>
public sealed record SettingsSection(string Title, string Note, IReadOnlyList<SettingsEntry> Entries);
