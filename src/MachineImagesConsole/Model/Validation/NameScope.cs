namespace MachineImagesConsole.Model.Validation;

/// <summary>Where a new name must be free: a project (machine images, images) or a project's zone (VMs).</summary>
public sealed record NameScope(NameKind Kind, string Project, string? Zone = null)
{
    public bool IsComplete => !string.IsNullOrWhiteSpace(Project) && (Kind != NameKind.Instance || !string.IsNullOrWhiteSpace(Zone));

    public string Key(string name) => $"{Kind}/{Project}/{Zone}/{name}";

    public string TakenMessage(string name) => Kind switch
    {
        NameKind.Instance => $"A VM named '{name}' already exists in {Zone} ({Project}); choose another name.",
        NameKind.MachineImage => $"Machine image '{name}' is already taken in this project; choose another name.",
        _ => $"Image '{name}' is already taken in this project; choose another name.",
    };
}
