namespace MachineImagesConsole.Components.Layout;

/// <summary>A project the person can pick in the app bar.</summary>
public sealed record ProjectSummary(string ProjectId, string? DisplayName = null)
{
    public string Label => string.IsNullOrWhiteSpace(DisplayName) || DisplayName == ProjectId ? ProjectId : $"{DisplayName} ({ProjectId})";
}
