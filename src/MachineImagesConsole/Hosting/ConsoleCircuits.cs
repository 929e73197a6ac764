using Microsoft.AspNetCore.Components.Server;

namespace MachineImagesConsole.Hosting;

/// <summary>
/// The Blazor Server circuit options the console chooses (docs/performance.md explains each), overridable under
/// <c>Console:Circuits</c> with <see cref="CircuitOptions"/>' own names.
/// </summary>
public static class ConsoleCircuits
{
    public const string SectionName = "Console:Circuits";

    /// <summary>
    /// Closed-tab and network-blip circuits are kept at most 20 and for 1 minute (defaults: 100 for 3 minutes): every grid
    /// state lives in the URL, so a circuit lost after that costs one reload, while each retained one holds its memory.
    /// JS calls time out after 30 s (default 1 min); detailed errors stay off.
    /// </summary>
    public static void Apply(CircuitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.DisconnectedCircuitMaxRetained = 20;
        options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(1);
        options.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(30);
        options.MaxBufferedUnacknowledgedRenderBatches = 10;
        options.DetailedErrors = false;
    }

    public static IServiceCollection AddConsoleCircuits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents().AddInteractiveServerComponents(Apply);
        services.Configure<CircuitOptions>(configuration.GetSection(SectionName));
        services.AddOptions<CircuitOptions>().Validate(
            o => o.DisconnectedCircuitMaxRetained >= 0 && o.DisconnectedCircuitRetentionPeriod >= TimeSpan.Zero && o.JSInteropDefaultCallTimeout > TimeSpan.Zero,
            $"{SectionName}: DisconnectedCircuitMaxRetained and DisconnectedCircuitRetentionPeriod must not be negative, JSInteropDefaultCallTimeout must be positive.")
            .ValidateOnStart();
        return services;
    }
}
