using System.Runtime;
using MachineImagesConsole.Model;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MachineImagesConsole.Hosting;

/// <summary>
/// A measuring aid for the benchmark (<c>bench/</c>), off unless <c>Console:Diagnostics:Enabled</c> is true: then
/// <c>GET /_diagnostics/heap</c> (loopback callers only, no sign-in) forces a full compacting GC and returns the managed
/// heap, the open circuits and the list cache's size. When off, the endpoint does not exist (404).
/// </summary>
public static class ConsoleDiagnostics
{
    public const string EnabledKey = "Console:Diagnostics:Enabled";

    public const string HeapPath = "/_diagnostics/heap";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue<bool>(EnabledKey);

    public static IServiceCollection AddConsoleDiagnostics(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsEnabled(configuration)) return services;
        services.AddSingleton<CircuitCounter>();
        services.AddSingleton<CircuitHandler>(sp => sp.GetRequiredService<CircuitCounter>());
        return services;
    }

    public static WebApplication MapConsoleDiagnostics(this WebApplication app)
    {
        if (!IsEnabled(app.Configuration)) return app;
        app.MapGet(HeapPath, (HttpContext context, CircuitCounter circuits, ComputeListCache cache) =>
        {
            if (context.Connection.RemoteIpAddress is not { } remote || !System.Net.IPAddress.IsLoopback(remote)) return Results.NotFound();
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            return Results.Json(new HeapReport(GC.GetTotalMemory(forceFullCollection: false), circuits.Open, cache.Count, cache.Size));
        }).AllowAnonymous();
        return app;
    }

    /// <summary>What <c>/_diagnostics/heap</c> returns.</summary>
    public sealed record HeapReport(long HeapBytes, int Circuits, int CacheEntries, long CacheItems);

    /// <summary>Counts the circuits that are open now (connected or not, until Blazor closes them).</summary>
    public sealed class CircuitCounter : CircuitHandler
    {
        private int _open;

        public int Open => Volatile.Read(ref _open);

        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _open);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref _open);
            return Task.CompletedTask;
        }
    }
}
