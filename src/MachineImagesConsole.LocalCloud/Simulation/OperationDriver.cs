using MachineImagesConsole.LocalCloud.Hosting;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.LocalCloud.Simulation;

/// <summary>Timed mode's background loop: every tick (on the injected <see cref="TimeProvider"/>) moves operations along.</summary>
public sealed class OperationDriver(OperationEngine engine, IOptions<LocalCloudOptions> options, TimeProvider time, ILogger<OperationDriver> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Simulation.Mode != SimulationMode.Timed) return;
        var tick = TimeSpan.FromMilliseconds(options.Value.Simulation.TickMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await engine.TickAsync(stoppingToken);
                await Task.Delay(tick, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "The operation driver failed a tick; it will try again.");
                await Task.Delay(tick, time, stoppingToken);
            }
        }
    }
}
