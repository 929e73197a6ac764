using MachineImagesConsole.Model;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace MachineImagesConsole.Hosting.ScaleOut;

/// <summary>
/// List caches stay per instance; their invalidation does not: every <see cref="ComputeListCache.Invalidate"/> here is
/// published on Redis, and every other instance's publication clears the same project here.
/// </summary>
public sealed class ListCacheInvalidationRelay(
    RedisConnection redis,
    ComputeListCache cache,
    ConsoleInstanceIdentity instance,
    ILogger<ListCacheInvalidationRelay> logger) : PeerNoticeRelay(redis, instance, logger)
{
    public static readonly RedisChannel NoticeChannel = RedisChannel.Literal(RedisConnection.Prefix + ":list-cache:invalidate");

    protected override RedisChannel Channel => NoticeChannel;

    protected override string Subject => "the lists of project";

    protected override void Attach() => cache.Invalidated += Publish;

    protected override void Detach() => cache.Invalidated -= Publish;

    protected override void OnPeerNotice(string key) => cache.InvalidateFromPeer(key);
}
