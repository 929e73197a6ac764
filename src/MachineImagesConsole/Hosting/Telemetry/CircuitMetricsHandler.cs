using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MachineImagesConsole.Hosting.Telemetry;

/// <summary>Counts open Blazor circuits on this instance (<c>console.circuits.open</c>).</summary>
public sealed class CircuitMetricsHandler(ConsoleMetrics metrics) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitOpened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitClosed();
        return Task.CompletedTask;
    }
}
