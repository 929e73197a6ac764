using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>
/// What the lifecycle pages read from Compute (scoped, per circuit): an image as it is now (the project's cached
/// lists are dropped first, so a page shows the state right after a change) and the other images of its family.
/// </summary>
public sealed class LifecycleCatalog(ComputeSession session)
{
    /// <summary>The image, fresh, with the project's images (for validating a replacement).</summary>
    public async Task<(Image Image, IReadOnlyList<Image> ProjectImages)> ImageWithProjectImagesAsync(string project, string name, CancellationToken cancellationToken)
    {
        session.Invalidate(project);
        var image = await session.Client.Images.GetAsync(project, name, cancellationToken);
        return (image, await session.ListImagesAsync(project, cancellationToken));
    }

    /// <summary>The ACTIVE images of <paramref name="image"/>'s family other than it, newest first (replacement candidates).</summary>
    public static IReadOnlyList<Image> ReplacementCandidates(Image image, IEnumerable<Image> projectImages)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(projectImages);
        return [.. projectImages.Where(i => i.Family is not null && i.Family == image.Family && i.Name != image.Name && ImageFamilies.IsActive(i)).OrderByDescending(ImageFamilies.Created)];
    }
}
