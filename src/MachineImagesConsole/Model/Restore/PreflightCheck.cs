namespace MachineImagesConsole.Model.Restore;

/// <summary>One pre-flight check of a restore: what was checked, whether it passed, and what was found.</summary>
public sealed record PreflightCheck(string Name, bool Passed, string Message);
