namespace MachineImagesConsole.LocalCloud.Iam;

/// <summary>
/// Who is calling a LocalCloud Compute endpoint, as IAM sees it. People are <c>user:EMAIL</c>; automation
/// clients are <c>serviceAccount:EMAIL</c>. Groups come from LocalCloud configuration.
/// </summary>
public sealed record CallerIdentity(string Email, bool IsServiceAccount, IReadOnlyList<string> Groups)
{
    public string Member => (IsServiceAccount ? "serviceAccount:" : "user:") + Email;

    public string Domain => Email[(Email.IndexOf('@', StringComparison.Ordinal) + 1)..];
}
