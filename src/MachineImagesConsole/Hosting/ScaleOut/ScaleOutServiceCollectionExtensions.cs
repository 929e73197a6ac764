using MachineImagesConsole.Configuration;
using MachineImagesConsole.Data;
using MachineImagesConsole.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MachineImagesConsole.Hosting.ScaleOut;

/// <summary>What several console instances share besides the database: Redis (when <c>Console:Redis</c> is set).</summary>
public static class ScaleOutServiceCollectionExtensions
{
    /// <summary>
    /// Registers this instance's <see cref="ConsoleInstanceIdentity"/>; with <c>Console:Redis</c>, also the Redis connection,
    /// the SignalR backplane (every hub, the operations hub and Blazor's own, sends through Redis), the list-cache
    /// invalidation relay, the backup-run relay (pages see the runs another instance makes), the progress relay and the
    /// relay of what people watch (so the instance following an operation reads it every 500 ms while someone on any
    /// instance watches it).
    /// </summary>
    public static IServiceCollection AddConsoleScaleOut(this IServiceCollection services, IConfiguration configuration, ConsoleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(ConsoleInstanceIdentity.Create(options.InstanceName));

        // Several instances share PostgreSQL: each tracked operation is followed by the instance holding its lease.
        if (ConsoleDataServiceCollectionExtensions.ReadOptions(configuration).IsPostgreSql)
        {
            services.AddOptions<OperationLeaseOptions>().BindConfiguration(OperationLeaseOptions.SectionName)
                .Validate(o => o.Duration >= TimeSpan.FromSeconds(3), "Console:Operations:Leases:Duration must be at least 00:00:03.")
                .Validate(o => o.ScanInterval > TimeSpan.Zero && o.ScanInterval <= o.Duration, "Console:Operations:Leases:ScanInterval must be positive and at most the lease Duration.")
                .ValidateOnStart();
            services.Replace(ServiceDescriptor.Singleton<IOperationLeases>(sp => new DatabaseOperationLeases(
                sp.GetRequiredService<IDbContextFactory<ConsoleDbContext>>(),
                sp.GetRequiredService<ConsoleInstanceIdentity>().Name,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<IOptions<OperationLeaseOptions>>())));
        }
        if (string.IsNullOrWhiteSpace(options.Redis)) return services;

        var redis = new RedisConnection(options.Redis);
        services.AddSingleton(redis);
        services.AddSignalR().AddStackExchangeRedis(o =>
        {
            o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal(RedisConnection.Prefix);
            o.ConnectionFactory = async log => await redis.GetAsync(log);
        });
        services.AddHostedService<ListCacheInvalidationRelay>();
        services.AddHostedService<BackupRunRelay>();
        services.AddHostedService<OperationProgressRelay>();
        services.AddHostedService<WatchInterestRelay>();
        return services;
    }
}
