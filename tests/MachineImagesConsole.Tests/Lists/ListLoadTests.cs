using System.Threading.Channels;
using MachineImagesConsole.Model.Lists;
using MachineImagesConsole.Tests.Shared;

namespace MachineImagesConsole.Tests.Lists;

public sealed class ListLoadTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    /// <summary>A fake paged source: each page is released by the test, so the test sees the load between pages.</summary>
    private sealed class Pages(int pageSize)
    {
        private readonly Channel<int[]> _pages = Channel.CreateUnbounded<int[]>();
        private int _next;

        private int _requested;

        /// <summary>How many pages the load has asked for so far (read from any thread).</summary>
        public int Requested => Volatile.Read(ref _requested);

        public void Release(int count)
        {
            _pages.Writer.TryWrite([.. Enumerable.Range(_next, count)]);
            _next += count;
        }

        public void End() => _pages.Writer.TryComplete();

        public void Fail(Exception e) => _pages.Writer.TryComplete(e);

        private readonly TaskCompletionSource _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completes when the load cancels its read while it waits for a page.</summary>
        public Task Cancelled => _cancelled.Task;

        public async IAsyncEnumerable<int> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            while (true)
            {
                Interlocked.Increment(ref _requested);
                bool more;
                try
                {
                    more = await _pages.Reader.WaitToReadAsync(ct);
                }
                catch (OperationCanceledException)
                {
                    // Seen by the reader itself (a registration's callback may be dropped once the reader has stopped).
                    _cancelled.TrySetResult();
                    throw;
                }
                if (!more) yield break;
                var page = await _pages.Reader.ReadAsync(ct);
                foreach (var item in page) yield return item;
                if (page.Length < pageSize) yield break;
            }
        }
    }

    private sealed record Row(int Value, string Status);

    private static ListLoad<int, Row> Start(Pages pages, Action? onRow = null, CancellationToken token = default)
        => ListLoad<int, Row>.Start(pages.ReadAsync, i => { onRow?.Invoke(); return new Row(i, i % 2 == 0 ? "READY" : "CREATING"); },
            r => new ListFacets.Values(r.Status, ["zone-" + (r.Value % 3)], null), pageSize: 10, token);

    [Fact]
    public async Task Start_FromARendersContext_ReadsEveryPageOffIt()
    {
        // A page starts the load on its renderer's context. The source's awaits (here plain ones, as in code that does not
        // say ConfigureAwait(false)) must not resume there: they would queue behind the page's renders.
        var pages = new Pages(10);
        var context = new StalledContext();
        var load = context.Run(() => Start(pages));

        pages.Release(10);
        pages.Release(4);
        var complete = await load.Completion.WaitAsync(Deadline);

        Assert.Equal(14, complete.Count);
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task NextAsync_EveryWaiter_GetsEachPage()
    {
        var pages = new Pages(10);
        var load = Start(pages);
        var first = load.NextAsync(null, CancellationToken.None);
        var second = load.NextAsync(null, CancellationToken.None);

        pages.Release(10);

        var a = await first.WaitAsync(Deadline);
        var b = await second.WaitAsync(Deadline);
        Assert.Same(a, b);
        Assert.Equal(10, a.Count);
        Assert.False(a.IsComplete);

        var nextA = load.NextAsync(a, CancellationToken.None);
        var nextB = load.NextAsync(b, CancellationToken.None);
        pages.Release(3);
        Assert.Equal(13, (await nextA.WaitAsync(Deadline)).Count);
        Assert.True((await nextB.WaitAsync(Deadline)).IsComplete);
    }

    [Fact]
    public async Task NextAsync_WaiterCancels_LoadGoesOnForTheOthers()
    {
        var pages = new Pages(10);
        var load = Start(pages);
        using var leaving = new CancellationTokenSource();
        var leaver = load.NextAsync(null, leaving.Token);
        var stayer = load.NextAsync(null, CancellationToken.None);

        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaver.WaitAsync(Deadline));
        pages.Release(4);

        var snapshot = await stayer.WaitAsync(Deadline);
        Assert.True(snapshot.IsComplete);
        Assert.Equal(4, snapshot.Count);
        Assert.Same(snapshot, await load.Completion.WaitAsync(Deadline));
    }

    [Fact]
    public async Task Snapshots_LaterPages_DoNotChangeAnEarlierSnapshot()
    {
        var pages = new Pages(10);
        var load = Start(pages);
        pages.Release(10);
        var first = await load.NextAsync(null, CancellationToken.None).WaitAsync(Deadline);
        var firstRows = first.Rows.ToArray();

        // Enough pages to grow the buffers several times past the first one.
        for (var i = 0; i < 6; i++) pages.Release(10);
        pages.Release(5);
        var complete = await load.Completion.WaitAsync(Deadline);

        Assert.Equal(75, complete.Count);
        Assert.Equal(10, first.Count);
        Assert.Equal(firstRows, first.Rows);
        Assert.Equal(Enumerable.Range(0, 75), complete.Items);
        Assert.Equal(Enumerable.Range(0, 75), complete.Rows.Select(r => r.Value));
    }

    [Fact]
    public async Task Start_RowsOfAPageBeingBuilt_NextPageIsAlreadyRequested()
    {
        using var rowGate = new ManualResetEventSlim();
        var pages = new Pages(10);
        // The first row waits until the test lets it go: the load is busy building the first page's rows.
        var load = Start(pages, () => rowGate.Wait(Deadline));
        pages.Release(10);

        var deadline = DateTime.UtcNow + Deadline;
        while (pages.Requested < 2 && DateTime.UtcNow < deadline) await Task.Delay(10);
        var requestedWhileBuilding = pages.Requested;
        rowGate.Set();
        pages.Release(4);
        var complete = await load.Completion.WaitAsync(Deadline);

        Assert.Equal(2, requestedWhileBuilding);
        Assert.Equal(Enumerable.Range(0, 14), complete.Rows.Select(r => r.Value));
    }

    [Fact]
    public async Task NextAsync_RowFails_LoadFailsAndStopsReading()
    {
        var pages = new Pages(10);
        var load = ListLoad<int, Row>.Start(pages.ReadAsync, i => i == 3 ? throw new FormatException("bad row") : new Row(i, "READY"), null, pageSize: 10, CancellationToken.None);
        pages.Release(10);

        var error = await Assert.ThrowsAsync<FormatException>(() => load.NextAsync(null, CancellationToken.None).WaitAsync(Deadline));
        Assert.Equal("bad row", error.Message);
        await Assert.ThrowsAsync<FormatException>(() => load.Completion.WaitAsync(Deadline));
        // The reader, already waiting for the next page, is told to stop.
        await pages.Cancelled.WaitAsync(Deadline);
    }

    [Fact]
    public async Task Start_EachItem_BecomesItsRowOnce()
    {
        var built = 0;
        var pages = new Pages(10);
        var load = Start(pages, () => Interlocked.Increment(ref built));
        for (var i = 0; i < 5; i++) pages.Release(10);
        pages.End();

        var snapshots = new List<int>();
        var complete = await load.Completion.WaitAsync(Deadline);
        await foreach (var s in load.ReadAllAsync()) snapshots.Add(s.Count);

        Assert.Equal(50, complete.Count);
        Assert.Equal(50, built);
        Assert.Equal([50], snapshots);
    }

    [Fact]
    public async Task Facets_GrowWithThePages_SortedAndDistinct()
    {
        var pages = new Pages(10);
        var load = Start(pages);
        pages.Release(1);

        var one = await load.Completion.WaitAsync(Deadline);

        Assert.Equal(["READY"], one.Facets.Statuses);
        Assert.Equal(["zone-0"], one.Facets.Locations);

        var pages2 = new Pages(10);
        var load2 = Start(pages2);
        pages2.Release(10);
        pages2.Release(2);
        var all = await load2.Completion.WaitAsync(Deadline);
        Assert.Equal(["CREATING", "READY"], all.Facets.Statuses);
        Assert.Equal(["zone-0", "zone-1", "zone-2"], all.Facets.Locations);
        Assert.Empty(all.Facets.Families);
    }

    [Fact]
    public async Task NextAsync_SourceFails_EveryWaiterGetsTheError()
    {
        var pages = new Pages(10);
        var load = Start(pages);
        var a = load.NextAsync(null, CancellationToken.None);
        var b = load.NextAsync(null, CancellationToken.None);

        pages.Fail(new InvalidOperationException("quota"));

        Assert.Equal("quota", (await Assert.ThrowsAsync<InvalidOperationException>(() => a.WaitAsync(Deadline))).Message);
        Assert.Equal("quota", (await Assert.ThrowsAsync<InvalidOperationException>(() => b.WaitAsync(Deadline))).Message);
    }

    [Fact]
    public async Task Ordered_SameKey_ComputedOnceAndShared()
    {
        var calls = 0;
        var snapshot = ListSnapshot<int, Row>.From([3, 1, 2], i => new Row(i, "READY"));

        IReadOnlyList<Row> Order(IReadOnlyList<Row> rows)
        {
            Interlocked.Increment(ref calls);
            return [.. rows.OrderBy(r => r.Value)];
        }

        var orders = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => snapshot.Ordered("value:asc", Order))));

        Assert.Equal(1, calls);
        Assert.All(orders, o => Assert.Same(orders[0], o));
        Assert.Equal([1, 2, 3], orders[0].Select(r => r.Value));
        Assert.Equal([3, 1, 2], snapshot.Rows.Select(r => r.Value));
    }

    [Fact]
    public async Task ReadAllAsync_LoadCompletesWithinTheHold_FirstSnapshotIsTheWholeList()
    {
        var pages = new Pages(10);
        var load = Start(pages);
        await using var reader = load.ReadAllAsync(Deadline, CancellationToken.None).GetAsyncEnumerator();
        var first = reader.MoveNextAsync().AsTask();

        pages.Release(10);
        await load.NextAsync(null, CancellationToken.None).WaitAsync(Deadline); // a partial snapshot is published…
        Assert.False(first.IsCompleted); // …but the held reader does not get it
        pages.Release(3);

        Assert.True(await first.WaitAsync(Deadline));
        Assert.True(reader.Current.IsComplete);
        Assert.Equal(13, reader.Current.Count);
        Assert.False(await reader.MoveNextAsync());
    }

    [Fact]
    public async Task ReadAllAsync_HoldElapses_PartialSnapshotThenTheRest()
    {
        var pages = new Pages(10);
        var load = Start(pages);
        pages.Release(10);
        await load.NextAsync(null, CancellationToken.None).WaitAsync(Deadline);
        await using var reader = load.ReadAllAsync(TimeSpan.FromMilliseconds(50), CancellationToken.None).GetAsyncEnumerator();

        Assert.True(await reader.MoveNextAsync().AsTask().WaitAsync(Deadline));
        Assert.False(reader.Current.IsComplete);
        Assert.Equal(10, reader.Current.Count);

        pages.Release(3);
        Assert.True(await reader.MoveNextAsync().AsTask().WaitAsync(Deadline));
        Assert.True(reader.Current.IsComplete);
        Assert.Equal(13, reader.Current.Count);
    }

    [Fact]
    public async Task ReadAllAsync_CancelledDuringTheHold_StopsWaitingAndTheLoadGoesOn()
    {
        var pages = new Pages(10);
        var load = Start(pages);
        using var leaving = new CancellationTokenSource();
        await using var reader = load.ReadAllAsync(Deadline, leaving.Token).GetAsyncEnumerator();
        var first = reader.MoveNextAsync().AsTask();

        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.WaitAsync(Deadline));

        pages.Release(3);
        Assert.Equal(3, (await load.Completion.WaitAsync(Deadline)).Count);
    }
}
