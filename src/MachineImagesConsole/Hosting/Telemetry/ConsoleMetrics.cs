using System.Diagnostics.Metrics;

namespace MachineImagesConsole.Hosting.Telemetry;

/// <summary>
/// The console's own metrics (meter <see cref="MeterName"/>): tracked operations by kind and outcome, their duration,
/// and open Blazor circuits (backup-policy runs are counted on the same meter by <c>Model/Backups/BackupMetrics</c>; VMs past
/// their RPO by <see cref="BackupRpoGauge"/>). Compute call metrics come from <c>MachineImagesConsole.Compute</c>'s own meter.
/// </summary>
public sealed class ConsoleMetrics
{
    public const string MeterName = "MachineImagesConsole";

    /// <summary>Metric tag: the operation's kind, <c>{collection}.{operationType}</c>, e.g. <c>machineImages.insert</c>.</summary>
    public const string KindTag = "operation.kind";

    /// <summary>Metric tag of the duration: <c>succeeded</c> or <c>failed</c>.</summary>
    public const string OutcomeTag = "operation.outcome";

    private readonly Counter<long> _started;
    private readonly Counter<long> _succeeded;
    private readonly Counter<long> _failed;
    private readonly Histogram<double> _duration;
    private readonly UpDownCounter<long> _circuits;

    public ConsoleMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _started = meter.CreateCounter<long>("console.operations.started", "{operation}", "Compute operations this instance began tracking, by kind.");
        _succeeded = meter.CreateCounter<long>("console.operations.succeeded", "{operation}", "Tracked operations that ended DONE without error, by kind.");
        _failed = meter.CreateCounter<long>("console.operations.failed", "{operation}", "Tracked operations that ended with an error, by kind.");
        _duration = meter.CreateHistogram<double>("console.operations.duration", "s", "From start to DONE of tracked operations, by kind and outcome.");
        _circuits = meter.CreateUpDownCounter<long>("console.circuits.open", "{circuit}", "Blazor circuits open on this instance.");
        Meter = meter;
    }

    /// <summary>The meter, for features that add instruments of their own (e.g. backups).</summary>
    public Meter Meter { get; }

    public void OperationStarted(string kind) => _started.Add(1, new KeyValuePair<string, object?>(KindTag, kind));

    public void OperationFinished(string kind, bool failed, TimeSpan duration)
    {
        var kindTag = new KeyValuePair<string, object?>(KindTag, kind);
        (failed ? _failed : _succeeded).Add(1, kindTag);
        _duration.Record(Math.Max(duration.TotalSeconds, 0), kindTag, new KeyValuePair<string, object?>(OutcomeTag, failed ? "failed" : "succeeded"));
    }

    public void CircuitOpened() => _circuits.Add(1);

    public void CircuitClosed() => _circuits.Add(-1);

    /// <summary><c>{collection}.{operationType}</c> from a target link like <c>…/global/machineImages/name</c>; <c>unknown</c> parts when absent.</summary>
    public static string KindOf(string? targetLink, string? operationType)
    {
        string? collection = null;
        if (targetLink is { Length: > 0 })
        {
            var path = Uri.TryCreate(targetLink, UriKind.Absolute, out var uri) ? uri.AbsolutePath : targetLink;
            var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length >= 2) collection = segments[^2];
        }

        return $"{collection ?? "unknown"}.{(string.IsNullOrEmpty(operationType) ? "unknown" : operationType)}";
    }
}
