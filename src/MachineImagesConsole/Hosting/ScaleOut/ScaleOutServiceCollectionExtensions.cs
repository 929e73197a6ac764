using MachineImagesConsole.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MachineImagesConsole.Hosting.ScaleOut;

/// <summary>What several console instances share besides the database: Redis (when <c>Console:Redis</c> is set).</summary>
public static class ScaleOutServiceCollectionExtensions
{
    /// <summary>
    /// Registers this instance's <see cref="ConsoleInstanceIdentity"/>; with <c>Console:Redis</c>, also the Redis connection,
    /// the SignalR backplane (every hub, the operations hub and Blazor's own, sends through Redis) and the list-cache
    /// invalidation relay.
    /// </summary>
    public static IServiceCollection AddConsoleScaleOut(this IServiceCollection services, ConsoleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(ConsoleInstanceIdentity.Create(options.InstanceName));
        if (string.IsNullOrWhiteSpace(options.Redis)) return services;

        var redis = new RedisConnection(options.Redis);
        services.AddSingleton(redis);
        services.AddSignalR().AddStackExchangeRedis(o =>
        {
            o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal(RedisConnection.Prefix);
            o.ConnectionFactory = async log => await redis.GetAsync(log);
        });
        services.AddHostedService<ListCacheInvalidationRelay>();
        return services;
    }
}
