namespace MachineImagesConsole.Model.Restore;

/// <summary>A clone of an existing VM: a machine image of <see cref="SourceInstance"/>, restored as a new VM <see cref="Name"/>.</summary>
public sealed record CloneFromVmRequest
{
    public required string SourceProject { get; init; }

    public required string SourceZone { get; init; }

    public required string SourceInstance { get; init; }

    /// <summary>The project of the new VM (for HelpDesk, a permitted project).</summary>
    public required string TargetProject { get; init; }

    public required string Zone { get; init; }

    public required string Name { get; init; }

    /// <summary>A predefined machine type of <see cref="Zone"/> (short name).</summary>
    public required string MachineType { get; init; }

    /// <summary>Why the clone is made (required for HelpDesk, audited for everyone).</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>Never granted to HelpDesk: a request asking for it is refused.</summary>
    public bool ExternalIp { get; init; }
}
