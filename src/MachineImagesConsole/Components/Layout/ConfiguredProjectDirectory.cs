using MachineImagesConsole.Configuration;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Components.Layout;

/// <summary>The pinned project list from <c>Console:Projects</c> (empty when none is pinned).</summary>
internal sealed class ConfiguredProjectDirectory(IOptions<ConsoleOptions> options) : IProjectDirectory
{
    public Task<IReadOnlyList<ProjectSummary>> ListAsync(CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<ProjectSummary>>(options.Value.Projects.Select(p => new ProjectSummary(p)).ToList());
}
