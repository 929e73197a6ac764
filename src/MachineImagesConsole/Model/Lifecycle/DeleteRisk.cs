namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>A reason a delete needs an explicit override, and which override accepts it.</summary>
public sealed record DeleteRisk(DeleteOverride Override, string Message);
