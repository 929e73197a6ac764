using MachineImagesConsole.Configuration;
using MachineImagesConsole.Model;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Components.Layout;

/// <summary>
/// The projects for the picker (scoped): the pinned <c>Console:Projects</c> when configured, otherwise the active
/// projects this person's Compute identity can see (Resource Manager <c>projects:search</c>, cached per identity).
/// </summary>
internal sealed class ComputeProjectDirectory(IOptions<ConsoleOptions> options, ComputeSession session) : IProjectDirectory
{
    public async Task<IReadOnlyList<ProjectSummary>> ListAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Projects.Count > 0)
        {
            return options.Value.Projects.Select(p => new ProjectSummary(p)).ToList();
        }

        var projects = await session.ListProjectsAsync(cancellationToken);
        return projects
            .Where(p => !string.IsNullOrEmpty(p.ProjectId) && (p.State is null || p.State == "ACTIVE"))
            .Select(p => new ProjectSummary(p.ProjectId!, p.DisplayName))
            .OrderBy(p => p.ProjectId, StringComparer.Ordinal)
            .ToList();
    }
}
