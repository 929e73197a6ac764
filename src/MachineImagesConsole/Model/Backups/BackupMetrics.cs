using System.Diagnostics.Metrics;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// Backup-policy runs by status (<c>console.backups.runs</c>), on the console's meter. Registered with the rest of the
/// console's telemetry (<c>Hosting/Telemetry</c>); the backup runner works without it.
/// </summary>
public sealed class BackupMetrics
{
    /// <summary>The console's meter name (the same meter as <c>Hosting.Telemetry.ConsoleMetrics</c>, which exports it).</summary>
    public const string MeterName = "MachineImagesConsole";

    private readonly Counter<long> _runs;

    public BackupMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _runs = meterFactory.Create(MeterName).CreateCounter<long>("console.backups.runs", "{run}", "Finished backup-policy runs this instance made, by status.");
    }

    /// <summary>A backup-policy run ended (<c>Succeeded</c>, <c>PartlyFailed</c>, <c>Failed</c>, <c>Skipped</c>).</summary>
    public void RunFinished(string status) => _runs.Add(1, new KeyValuePair<string, object?>("backup.status", status));
}
