using System.Threading.Channels;

namespace MachineImagesConsole.Model.Drills;

/// <summary>The drills waiting for the background runner (singleton), and a notification when any drill changes.</summary>
public sealed class DrillQueue
{
    private readonly Channel<long> _channel = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Raised (on a background thread) with the drill's id whenever a drill is saved in a new state.</summary>
    public event Action<long>? Changed;

    public void Enqueue(long drillId)
    {
        _channel.Writer.TryWrite(drillId);
        NotifyChanged(drillId);
    }

    public IAsyncEnumerable<long> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);

    public void NotifyChanged(long drillId) => Changed?.Invoke(drillId);
}
