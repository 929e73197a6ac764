using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>Checks for due scheduled deprecations every <see cref="ScheduledDeprecationOptions.CheckInterval"/> (on the injected <see cref="TimeProvider"/>).</summary>
public sealed partial class ScheduledDeprecationHostedService(
    ScheduledDeprecationRunner runner,
    IOptions<ScheduledDeprecationOptions> options,
    TimeProvider time,
    ILogger<ScheduledDeprecationHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        do
        {
            try
            {
                await runner.RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogCheckFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking for due scheduled deprecations failed; will try again at the next interval.")]
    private partial void LogCheckFailed(Exception exception);
}
