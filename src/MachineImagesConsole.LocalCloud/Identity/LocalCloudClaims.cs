namespace MachineImagesConsole.LocalCloud.Identity;

/// <summary>Claim names LocalCloud puts in its tokens.</summary>
public static class LocalCloudClaims
{
    /// <summary><c>user</c> or <c>serviceAccount</c>: how IAM names the caller.</summary>
    public const string PrincipalType = "principal_type";

    public const string Roles = "roles";

    public const string CloudPlatformScope = "https://www.googleapis.com/auth/cloud-platform";
}
