namespace MachineImagesConsole.Model.Drills;

/// <summary>What a person asks for when starting a restore drill.</summary>
public sealed record DrillRequest
{
    /// <summary>The project of the machine image or instance.</summary>
    public required string SourceProject { get; init; }

    /// <summary>The machine image to restore; null when <see cref="SourceInstance"/> is given.</summary>
    public string? MachineImage { get; init; }

    /// <summary>Restore the latest backup (newest READY machine image) of this instance (<c>zones/Z/instances/NAME</c>).</summary>
    public string? SourceInstance { get; init; }

    /// <summary>Keep the drill VM afterwards (default: delete it).</summary>
    public bool KeepVm { get; init; }

    /// <summary>Overrides <see cref="DrillOptions.BootMarker"/> for this drill.</summary>
    public string? BootMarker { get; init; }
}
