using MachineImagesConsole.Compute.Links;

namespace MachineImagesConsole.Model.Sharing;

/// <summary>An image or machine image in a project (what a share, label edit, protection or delete acts on).</summary>
public sealed record ResourceTarget(ResourceKind Kind, string Project, string Name)
{
    /// <summary>The REST collection (<c>images</c> or <c>machineImages</c>).</summary>
    public string Collection => Kind == ResourceKind.Image ? "images" : "machineImages";

    /// <summary>The gcloud command group (<c>images</c> or <c>machine-images</c>).</summary>
    public string GcloudGroup => Kind == ResourceKind.Image ? "images" : "machine-images";

    /// <summary>The resource path, as the audit log shows it.</summary>
    public string Path => ResourceLinks.Global(Project, Collection, Name);

    public string KindLabel => Kind == ResourceKind.Image ? "image" : "machine image";
}
