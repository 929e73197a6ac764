using MachineImagesConsole.Compute.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Compute;

/// <summary>Registers the Compute client for dependency injection.</summary>
public static class ComputeServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the factory uses.</summary>
    public const string HttpClientName = "MachineImagesConsole.Compute";

    /// <summary>
    /// Registers <see cref="ComputeClientOptions"/> (validated), a named <see cref="HttpClient"/> with the resilience
    /// pipeline of <see cref="ComputeResilience"/> (<c>AddResilienceHandler</c>), <see cref="ComputeAttemptHandler"/> inside
    /// it, and no overall timeout, and <see cref="IComputeClientFactory"/> (singleton). A registered
    /// <see cref="TimeProvider"/> is used for backoff, attempt time-outs and operation deadlines.
    /// </summary>
    public static IHttpClientBuilder AddComputeClient(this IServiceCollection services, Action<ComputeClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var optionsBuilder = services.AddOptions<ComputeClientOptions>();
        if (configure is not null) optionsBuilder.Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ComputeClientOptions>, ComputeClientOptionsValidator>());

        services.TryAddSingleton<IComputeClientFactory>(sp => new ComputeClientFactory(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<IOptions<ComputeClientOptions>>(),
            sp.GetService<TimeProvider>()));

        var client = services.AddHttpClient(HttpClientName).ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan);
        client.AddResilienceHandler(ComputeResilience.PipelineName, (pipeline, context) => pipeline.AddComputeStrategies(
            context.ServiceProvider.GetRequiredService<IOptions<ComputeClientOptions>>().Value,
            context.ServiceProvider.GetService<TimeProvider>()));
        return client.AddHttpMessageHandler(() => new ComputeAttemptHandler()); // inside the pipeline: every attempt is counted
    }
}
