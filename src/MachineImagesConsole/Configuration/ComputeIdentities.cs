namespace MachineImagesConsole.Configuration;

/// <summary>Values of <c>Console:Compute:Identity</c>: whose credentials the console uses to call Compute Engine.</summary>
public static class ComputeIdentities
{
    /// <summary>The signed-in person's own OAuth access token (IAM is enforced per person).</summary>
    public const string User = "User";

    /// <summary>One service account for everybody (a key file, Application Default Credentials, or LocalCloud's automation client).</summary>
    public const string ServiceAccount = "ServiceAccount";

    public static readonly IReadOnlyList<string> All = [User, ServiceAccount];
}
