using System.Runtime;
using MachineImagesConsole.Model;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MachineImagesConsole.Hosting;

/// <summary>
/// A measuring aid for the benchmark (<c>bench/</c>), off unless <c>Console:Diagnostics:Enabled</c> is true: then
/// <c>GET /_diagnostics/heap</c> (loopback callers only, no sign-in) forces a full compacting GC and returns the managed
/// heap, the open circuits and the list cache's size; <c>POST /_diagnostics/forget-lists?project=</c> drops a project's
/// cached lists (a cold view for the bench). When off, the endpoint does not exist (404).
/// </summary>
public static class ConsoleDiagnostics
{
    public const string EnabledKey = "Console:Diagnostics:Enabled";

    public const string HeapPath = "/_diagnostics/heap";

    public const string ForgetPath = "/_diagnostics/forget-lists";

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
            // Live bytes as the last (full, compacting) collection left them, per generation less its free space: unlike
            // GetTotalMemory, nothing allocated since by other threads, and no fragmentation of the heaps it does not compact.
            var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
            long live = 0;
            foreach (var generation in info.GenerationInfo) live += generation.SizeAfterBytes - generation.FragmentationAfterBytes;
            return Results.Json(new HeapReport(GC.GetTotalMemory(forceFullCollection: false), live, circuits.Open, cache.Count, cache.Size));
        }).AllowAnonymous();
        // Forgets a project's cached lists (this instance only), so the bench's next view of them is cold.
        app.MapPost(ForgetPath, (HttpContext context, string project, ComputeListCache cache) =>
        {
            if (context.Connection.RemoteIpAddress is not { } remote || !System.Net.IPAddress.IsLoopback(remote)) return Results.NotFound();
            cache.InvalidateFromPeer(project);
            return Results.NoContent();
        }).AllowAnonymous().DisableAntiforgery();
        return app;
    }

    /// <summary>What <c>/_diagnostics/heap</c> returns.</summary>
    public sealed record HeapReport(long HeapBytes, long LiveBytes, int Circuits, int CacheEntries, long CacheItems);

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
