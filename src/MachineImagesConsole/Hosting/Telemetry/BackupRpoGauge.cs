using System.Diagnostics.Metrics;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Backups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Hosting.Telemetry;

/// <summary>
/// The gauge <c>console.backups.vms_past_rpo</c> (Prometheus <c>console_backups_vms_past_rpo</c>), by project: VMs a backup
/// policy covers whose newest READY machine image is older than <c>Console:Backups:StaleAfter</c> or missing, i.e. the
/// <see cref="CoverageState.Stale"/> rows of the Instances page (<see cref="BackupCoverageService.Build"/>). Computed every
/// <see cref="RefreshInterval"/> for each project that has a policy, reading with the service account through the shared
/// list cache; the gauge reports the latest count. Every instance reports the same figure: aggregate with max, not sum.
/// </summary>
public sealed partial class BackupRpoGauge : BackgroundService
{
    public const string InstrumentName = "console.backups.vms_past_rpo";

    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    private readonly IDbContextFactory<ConsoleDbContext> _contextFactory;
    private readonly ServiceAccountPipelines _pipelines;
    private readonly DatabaseReadiness _readiness;
    private readonly IOptions<BackupsOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BackupRpoGauge> _logger;
    private volatile IReadOnlyDictionary<string, int> _pastRpo = new Dictionary<string, int>(StringComparer.Ordinal);

    public BackupRpoGauge(
        ConsoleMetrics metrics,
        IDbContextFactory<ConsoleDbContext> contextFactory,
        ServiceAccountPipelines pipelines,
        DatabaseReadiness readiness,
        IOptions<BackupsOptions> options,
        TimeProvider time,
        ILogger<BackupRpoGauge> logger)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        _contextFactory = contextFactory;
        _pipelines = pipelines;
        _readiness = readiness;
        _options = options;
        _time = time;
        _logger = logger;
        metrics.Meter.CreateObservableGauge(InstrumentName, Observe, "{vm}", "VMs covered by a backup policy whose newest good backup is older than the RPO (or missing), by project.");
    }

    /// <summary>The latest counts, by project.</summary>
    public IReadOnlyDictionary<string, int> PastRpo => _pastRpo;

    private IEnumerable<Measurement<int>> Observe()
        => _pastRpo.Select(p => new Measurement<int>(p.Value, new KeyValuePair<string, object?>("project", p.Key)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _readiness.WaitAsync(stoppingToken);
            while (true)
            {
                await RefreshAsync(stoppingToken);
                await Task.Delay(RefreshInterval, _time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Counts, for every project with a backup policy, the covered VMs past their RPO.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        List<BackupPolicy> policies;
        await using (var db = await _contextFactory.CreateDbContextAsync(cancellationToken))
            policies = await db.BackupPolicies.AsNoTracking().ToListAsync(cancellationToken);

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var project in policies.GroupBy(p => p.Project, StringComparer.Ordinal))
        {
            try
            {
                var (_, session) = _pipelines.For(BackupPrincipal.For(project.First()));
                var instances = await session.ListInstancesAsync(project.Key, cancellationToken);
                var images = await session.ListMachineImagesAsync(project.Key, cancellationToken);
                var rows = BackupCoverageService.Build(project.Key, [.. project], instances, images, new Dictionary<long, DateTimeOffset?>(), _options.Value.StaleAfter, _time.GetUtcNow());
                counts[project.Key] = rows.Count(r => r.State == CoverageState.Stale);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogCountFailed(ex, project.Key); // the project's figure is left out until it can be read again
            }
        }

        _pastRpo = counts;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not count the VMs past their RPO in {Project}.")]
    private partial void LogCountFailed(Exception error, string project);
}
