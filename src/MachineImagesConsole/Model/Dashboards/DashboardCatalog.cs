using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>
/// What the dashboard and the detail pages read from Compute (scoped, per circuit, with the person's identity):
/// one machine image or image with its IAM policy, the project's lists and its recent operations. Testable without rendering.
/// </summary>
public sealed class DashboardCatalog(ComputeSession session)
{
    /// <summary>The IAM policy version asked for (conditions included).</summary>
    public const int PolicyVersion = 3;

    public Task<MachineImage> MachineImageAsync(string project, string name, CancellationToken cancellationToken)
        => session.Client.MachineImages.GetAsync(project, name, cancellationToken);

    public async Task<IamPolicyView> MachineImagePolicyAsync(string project, string name, CancellationToken cancellationToken)
        => IamPolicyView.From(await session.Client.MachineImages.GetIamPolicyAsync(project, name, PolicyVersion, cancellationToken));

    public Task<Image> ImageAsync(string project, string name, CancellationToken cancellationToken)
        => session.Client.Images.GetAsync(project, name, cancellationToken);

    public async Task<IamPolicyView> ImagePolicyAsync(string project, string name, CancellationToken cancellationToken)
        => IamPolicyView.From(await session.Client.Images.GetIamPolicyAsync(project, name, PolicyVersion, cancellationToken));

    public Task<IReadOnlyList<MachineImage>> MachineImagesAsync(string project, CancellationToken cancellationToken)
        => session.ListMachineImagesAsync(project, cancellationToken);

    public Task<IReadOnlyList<Image>> ImagesAsync(string project, CancellationToken cancellationToken)
        => session.ListImagesAsync(project, cancellationToken);

    /// <summary>The project's most recent global operations (one page of at most <paramref name="max"/>).</summary>
    public async Task<IReadOnlyList<Operation>> RecentOperationsAsync(string project, int max, CancellationToken cancellationToken)
        => (await session.Client.GlobalOperations.ListPageAsync(project, new ListOptions { MaxResults = max }, cancellationToken)).Items;
}
