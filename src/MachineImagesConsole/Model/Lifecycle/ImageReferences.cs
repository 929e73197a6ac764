using MachineImagesConsole.Compute.Links;
using MachineImagesConsole.Model.Sharing;

namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>Matches Compute resource references (full URLs or partial paths) against an image or machine image.</summary>
public static class ImageReferences
{
    /// <summary>
    /// True when <paramref name="reference"/> names <paramref name="target"/> directly
    /// (<c>https://.../projects/P/global/images/N</c>, <c>projects/P/global/images/N</c>, or <c>global/images/N</c> in
    /// <paramref name="referencingProject"/>).
    /// </summary>
    public static bool Names(string? reference, ResourceTarget target, string referencingProject)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!TryParse(reference, referencingProject, out var project, out var collection, out var name)) return false;
        return project == target.Project && collection == target.Collection && name == target.Name;
    }

    /// <summary>The family a reference names (<c>.../global/images/family/F</c>), with its project, or null.</summary>
    public static (string Project, string Family)? Family(string? reference, string referencingProject)
    {
        if (!TryParse(reference, referencingProject, out var project, out var collection, out var name)) return null;
        return collection == "images" && name.StartsWith("family/", StringComparison.Ordinal) ? (project, name["family/".Length..]) : null;
    }

    private static bool TryParse(string? reference, string referencingProject, out string project, out string collection, out string name)
    {
        var link = ResourceLinks.Parse(reference, referencingProject);
        project = link?.Project ?? "";
        collection = link?.Collection ?? "";
        name = link?.Name ?? "";
        return link is { IsGlobal: true };
    }
}
