namespace MachineImagesConsole.Components.Layout;

/// <summary>
/// The projects the signed-in person can see, for the project picker. Scoped or singleton. The default lists the
/// pinned <c>Console:Projects</c>; the Compute session replaces it with Resource Manager's <c>projects.search</c>
/// (pinned projects, when configured, still win).
/// </summary>
public interface IProjectDirectory
{
    Task<IReadOnlyList<ProjectSummary>> ListAsync(CancellationToken cancellationToken);
}
