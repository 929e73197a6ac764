using MachineImagesConsole.Components.Layout;

namespace MachineImagesConsole.Components.Tests.Infrastructure;

/// <summary>A project directory that answers with a fixed list, or fails when <see cref="Failure"/> is set.</summary>
public sealed class FakeProjectDirectory : IProjectDirectory
{
    public List<ProjectSummary> Projects { get; } = [];

    public Exception? Failure { get; set; }

    public Task<IReadOnlyList<ProjectSummary>> ListAsync(CancellationToken cancellationToken)
        => Failure is null ? Task.FromResult<IReadOnlyList<ProjectSummary>>([.. Projects]) : Task.FromException<IReadOnlyList<ProjectSummary>>(Failure);
}
