namespace MachineImagesConsole.Components.Layout;

/// <summary>
/// The project selected in this circuit (scoped). The URL's <c>?project=</c> is the source of truth: the layout
/// copies it here on every navigation, so pages and services read one value.
/// </summary>
public sealed class ProjectContext
{
    public const string QueryParameter = "project";

    public string? ProjectId { get; private set; }

    /// <summary>Raised after <see cref="ProjectId"/> changes.</summary>
    public event Action? Changed;

    public void Select(string? projectId)
    {
        projectId = string.IsNullOrWhiteSpace(projectId) ? null : projectId.Trim();
        if (string.Equals(projectId, ProjectId, StringComparison.Ordinal))
        {
            return;
        }

        ProjectId = projectId;
        Changed?.Invoke();
    }
}
