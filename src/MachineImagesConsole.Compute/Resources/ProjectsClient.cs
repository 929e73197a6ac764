using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.Resources;

/// <summary>Compute Engine <c>projects</c>.</summary>
public sealed class ProjectsClient
{
    private readonly ComputeTransport transport;

    internal ProjectsClient(ComputeTransport transport) => this.transport = transport;

    /// <summary><c>projects.get</c>: the project's Compute Engine settings and quotas.</summary>
    public Task<Project> GetAsync(string project, CancellationToken cancellationToken = default) =>
        transport.SendAsync(ComputeApiMethods.ProjectsGet, [project], null, null, ComputeJsonContext.Default.Project, cancellationToken);
}
