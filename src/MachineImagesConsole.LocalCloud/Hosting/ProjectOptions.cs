namespace MachineImagesConsole.LocalCloud.Hosting;

/// <summary>A project LocalCloud hosts (<c>LocalCloud:Projects:PROJECT_ID</c>) and its IAM policy.</summary>
public sealed class ProjectOptions
{
    /// <summary>The project number (digits).</summary>
    public string Number { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>A public image project (debian-cloud...): listed by projects:search for everyone.</summary>
    public bool PublicImages { get; set; }

    /// <summary>Project-level IAM bindings: role → members (<c>user:…</c>, <c>serviceAccount:…</c>, <c>allAuthenticatedUsers</c>…).</summary>
    public Dictionary<string, List<string>> Bindings { get; set; } = new(StringComparer.Ordinal);
}
