using System.Globalization;
using MachineImagesConsole.Model.Backups;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace MachineImagesConsole.Hosting.ScaleOut;

/// <summary>
/// A backup run is made by whichever instance Quartz fires it on, and people watch it on any instance: every change of
/// a run here (<see cref="BackupRunFeed.ChangedHere"/>) is published on Redis with its policy id, and every other
/// instance's is raised here (<see cref="BackupRunFeed.NotifyFromPeer"/>), so the policy page and the Instances page
/// read the run again wherever they are open.
/// </summary>
public sealed class BackupRunRelay(
    RedisConnection redis,
    BackupRunFeed feed,
    ConsoleInstanceIdentity instance,
    ILogger<BackupRunRelay> logger) : PeerNoticeRelay(redis, instance, logger)
{
    public static readonly RedisChannel NoticeChannel = RedisChannel.Literal(RedisConnection.Prefix + ":backups:runs");

    protected override RedisChannel Channel => NoticeChannel;

    protected override string Subject => "a backup run of policy";

    protected override void Attach() => feed.ChangedHere += OnChangedHere;

    protected override void Detach() => feed.ChangedHere -= OnChangedHere;

    private void OnChangedHere(long policyId) => Publish(policyId.ToString(CultureInfo.InvariantCulture));

    protected override void OnPeerNotice(string key)
    {
        if (long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var policyId) && policyId > 0) feed.NotifyFromPeer(policyId);
    }
}
