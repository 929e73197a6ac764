using MachineImagesConsole.Operations;

namespace MachineImagesConsole.Tests.Operations;

/// <summary>Reads a subscription in the background so a test can wait for what arrived.</summary>
internal sealed class ProgressCollector : IAsyncDisposable
{
    private readonly List<OperationProgress> _items = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;

    public ProgressCollector(Func<CancellationToken, IAsyncEnumerable<OperationProgress>> subscribe)
    {
        _pump = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in subscribe(_stop.Token))
                {
                    lock (_items) _items.Add(item);
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
    }

    public IReadOnlyList<OperationProgress> Items
    {
        get { lock (_items) return [.. _items]; }
    }

    public async Task<IReadOnlyList<OperationProgress>> WaitForAsync(Func<IReadOnlyList<OperationProgress>, bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var items = Items;
            if (condition(items)) return items;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Condition not met; received {items.Count} updates: {string.Join(", ", items.Select(i => $"{i.Status}/{i.ProgressPercent}"))}");
            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pump;
        _stop.Dispose();
    }
}
