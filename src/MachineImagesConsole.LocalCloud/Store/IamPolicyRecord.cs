namespace MachineImagesConsole.LocalCloud.Store;

/// <summary>The IAM policy set on one image or machine image (Policy JSON with its etag).</summary>
public sealed class IamPolicyRecord
{
    public string ResourceKey { get; set; } = "";

    public string Json { get; set; } = "";
}
