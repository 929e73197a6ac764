namespace MachineImagesConsole.Model.Backups;

/// <summary><c>Console:Backups:Policies:N:Retention</c>.</summary>
public sealed class DeclaredRetention
{
    public int? KeepLast { get; set; }

    public int? OlderThanDays { get; set; }

    public int? KeepDaily { get; set; }

    public int? KeepWeekly { get; set; }

    public int? KeepMonthly { get; set; }
}
