namespace MachineImagesConsole.Model.Restore;

/// <summary>One top-level field the restore overrides: what the machine image stored, and what the VM gets.</summary>
public sealed record RestoreChange(string Field, string Stored, string Requested);
