using MachineImagesConsole.LocalCloud.Store;

namespace MachineImagesConsole.LocalCloud.Simulation;

/// <summary>Appends to an instance's serial port 1 output, keeping only the last 1 MB (like Compute Engine).</summary>
public static class SerialConsole
{
    public static async Task AppendAsync(LocalCloudDbContext db, string instanceKey, string text, CancellationToken cancellationToken)
    {
        var record = await db.SerialOutputs.FindAsync([instanceKey], cancellationToken);
        if (record is null)
        {
            record = new SerialOutputRecord { InstanceKey = instanceKey };
            db.SerialOutputs.Add(record);
        }
        var contents = record.Contents + text;
        if (contents.Length > SerialOutputRecord.MaxRetained)
        {
            var drop = contents.Length - SerialOutputRecord.MaxRetained;
            record.DiscardedBytes += drop;
            contents = contents[drop..];
        }
        record.Contents = contents;
    }

    public static string BootLog(string instanceName, DateTimeOffset now, string marker)
    {
        var t = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return $"SeaBIOS (version 1.8.2-google)\r\nBooting from Hard Disk 0...\r\n[    0.000000] Linux version 6.1.0-localcloud\r\n"
            + $"{t} {instanceName} systemd[1]: Reached target Multi-User System.\r\n{t} {instanceName} google_guest_agent: Guest agent ready.\r\n"
            + $"{marker}\r\n";
    }
}
