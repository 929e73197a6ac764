namespace MachineImagesConsole.Model.Backups;

/// <summary>One entry of <c>Console:Backups:Policies</c>.</summary>
public sealed class DeclaredBackupPolicy
{
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public string Project { get; set; } = string.Empty;

    /// <summary>Five-field cron, e.g. <c>0 2 * * *</c>.</summary>
    public string Schedule { get; set; } = string.Empty;

    public string TimeZone { get; set; } = "UTC";

    /// <summary><c>zone/name</c> entries.</summary>
    public List<string> Instances { get; set; } = [];

    /// <summary><c>key=value</c> pairs separated by commas.</summary>
    public string? Selector { get; set; }

    public string? StorageLocation { get; set; }

    public bool GuestFlush { get; set; }

    public string? KmsKeyName { get; set; }

    public string? ImageDescription { get; set; }

    public Dictionary<string, string> Labels { get; set; } = [];

    public string? NameTemplate { get; set; }

    public DeclaredRetention Retention { get; set; } = new();

    /// <summary>Optional five-field cron of a restore drill of the newest backup.</summary>
    public string? DrillSchedule { get; set; }
}
