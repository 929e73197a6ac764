using StackExchange.Redis;

namespace MachineImagesConsole.Hosting.ScaleOut;

/// <summary>
/// The console's one Redis connection (when <c>Console:Redis</c> is set), shared by the SignalR backplane and the
/// cross-instance messages. Connects lazily and keeps retrying in the background (a Redis restart is not a console restart).
/// </summary>
public sealed class RedisConnection(string configuration) : IAsyncDisposable
{
    /// <summary>Every channel and key the console uses starts with this.</summary>
    public const string Prefix = "MachineImagesConsole";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private ConnectionMultiplexer? _multiplexer;

    public async Task<IConnectionMultiplexer> GetAsync(TextWriter? log = null)
    {
        if (_multiplexer is { } ready) return ready;
        await _gate.WaitAsync();
        try
        {
            if (_multiplexer is null)
            {
                var options = ConfigurationOptions.Parse(configuration);
                options.AbortOnConnectFail = false;
                options.ClientName ??= Prefix;
                _multiplexer = await ConnectionMultiplexer.ConnectAsync(options, log);
            }

            return _multiplexer;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Subscribes <paramref name="onMessage"/> to <paramref name="channel"/>; returns the subscriber (to publish and to
    /// unsubscribe with), or null when Redis refused, after telling <paramref name="failed"/>.
    /// </summary>
    public async Task<ISubscriber?> TrySubscribeAsync(RedisChannel channel, Action<RedisValue> onMessage, Action<RedisException> failed)
    {
        ArgumentNullException.ThrowIfNull(failed);
        try
        {
            var subscriber = (await GetAsync()).GetSubscriber();
            await subscriber.SubscribeAsync(channel, (_, message) => onMessage(message));
            return subscriber;
        }
        catch (RedisException ex)
        {
            failed(ex);
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is not null) await _multiplexer.DisposeAsync();
        _gate.Dispose();
    }
}
