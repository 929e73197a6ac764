using System.Threading.Channels;

namespace MachineImagesConsole.Model.Lists;

/// <summary>
/// One read of a whole Compute list, shared by every circuit that shows it (held by <see cref="ComputeListCache"/> per
/// project + identity + kind). Items are appended page by page into buffers that grow by doubling (O(N) in all), each
/// item becomes its row once, and after every page a new <see cref="ListSnapshot{TItem, TRow}"/> is published to every
/// waiter (<see cref="NextAsync"/>, <see cref="ReadAllAsync"/>), not only to the circuit that started the load.
/// The load runs on its own token (the cache entry's), never on a caller's: a caller that leaves only stops waiting.
/// </summary>
public sealed class ListLoad<TItem, TRow>
    where TRow : class
{
    private readonly TaskCompletionSource<ListSnapshot<TItem, TRow>> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ListSnapshot<TItem, TRow> _latest;
    private TaskCompletionSource _published = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ListLoad() => _latest = new ListSnapshot<TItem, TRow>([], [], 0, isComplete: false, pages: 0, ListFacets.Empty);

    /// <summary>The newest snapshot (empty and incomplete until the first page arrived).</summary>
    public ListSnapshot<TItem, TRow> Latest => Volatile.Read(ref _latest);

    /// <summary>The complete snapshot; faults with the load's error.</summary>
    public Task<ListSnapshot<TItem, TRow>> Completion => _completion.Task;

    /// <summary>
    /// Starts reading <paramref name="items"/> (an <c>IAsyncEnumerable</c> over every page) on <paramref name="loadToken"/>;
    /// a snapshot is published after every <paramref name="pageSize"/> items and at the end.
    /// </summary>
    public static ListLoad<TItem, TRow> Start(
        Func<CancellationToken, IAsyncEnumerable<TItem>> items,
        Func<TItem, TRow> toRow,
        Func<TRow, ListFacets.Values>? facets,
        int pageSize,
        CancellationToken loadToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(toRow);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var load = new ListLoad<TItem, TRow>();
        // On the thread pool from the first step: never on the starting caller's context, which may be a circuit that goes
        // away, and is a renderer busy rendering (the page around the list) that every continuation would queue behind.
        _ = Task.Run(() => load.RunAsync(items, toRow, facets, pageSize, loadToken), CancellationToken.None);
        return load;
    }

    /// <summary>
    /// The first snapshot newer than <paramref name="seen"/> (at once when there is one). Throws the load's error when it
    /// failed before anything newer; <paramref name="cancellationToken"/> ends only this wait.
    /// </summary>
    public async Task<ListSnapshot<TItem, TRow>> NextAsync(ListSnapshot<TItem, TRow>? seen, CancellationToken cancellationToken)
    {
        while (true)
        {
            var published = Volatile.Read(ref _published).Task;
            var latest = Latest;
            if (!ReferenceEquals(latest, seen) && latest.Pages > 0) return latest;
            if (_completion.Task.IsCompleted) return await _completion.Task;
            await published.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Every snapshot from the newest one now to the complete one (pages missed while the reader was busy are skipped).</summary>
    public IAsyncEnumerable<ListSnapshot<TItem, TRow>> ReadAllAsync(CancellationToken cancellationToken = default)
        => ReadAllAsync(TimeSpan.Zero, cancellationToken);

    /// <summary>
    /// Like <see cref="ReadAllAsync(CancellationToken)"/>, but first waits up to <paramref name="holdPartial"/> for the load to
    /// complete: a list that arrives within it comes as one complete snapshot; a longer one then goes on page by page
    /// (a prerender puts a quick list whole into the page's first HTML and streams only a slow one).
    /// </summary>
    public async IAsyncEnumerable<ListSnapshot<TItem, TRow>> ReadAllAsync(TimeSpan holdPartial, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (holdPartial > TimeSpan.Zero && !_completion.Task.IsCompleted)
        {
            using var held = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(_completion.Task, Task.Delay(holdPartial, held.Token));
            await held.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
        ListSnapshot<TItem, TRow>? seen = null;
        do
        {
            seen = await NextAsync(seen, cancellationToken);
            yield return seen;
        }
        while (!seen.IsComplete);
    }

    private async Task RunAsync(
        Func<CancellationToken, IAsyncEnumerable<TItem>> items,
        Func<TItem, TRow> toRow,
        Func<TRow, ListFacets.Values>? facets,
        int pageSize,
        CancellationToken cancellationToken)
    {
        var itemBuffer = new TItem[pageSize];
        var rowBuffer = new TRow[pageSize];
        var count = 0;
        var pages = 0;
        var facetBuilder = new ListFacets.Builder();
        // Reading and row building overlap: the reader hands items over and asks Compute for the next page at once (it
        // has the page token), while this loop turns the previous page's items into rows. Only the last page's rows
        // are built after the last call.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var handOver = Channel.CreateUnbounded<TItem>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var reading = ReadAsync(items, handOver.Writer, stop.Token);
        try
        {
            await foreach (var item in handOver.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                if (count == itemBuffer.Length)
                {
                    // Published snapshots keep the old arrays; only slots past every published count are written.
                    Array.Resize(ref itemBuffer, count * 2);
                    Array.Resize(ref rowBuffer, count * 2);
                }
                var row = toRow(item);
                itemBuffer[count] = item;
                rowBuffer[count] = row;
                if (facets is not null) facetBuilder.Add(facets(row));
                count++;
                if (count % pageSize == 0) Publish(new ListSnapshot<TItem, TRow>(itemBuffer, rowBuffer, count, false, ++pages, facetBuilder.Build()));
            }
            await reading.ConfigureAwait(false);
            var complete = new ListSnapshot<TItem, TRow>(itemBuffer, rowBuffer, count, true, ++pages, facetBuilder.Build());
            Publish(complete);
            _completion.TrySetResult(complete);
        }
        catch (OperationCanceledException e)
        {
            _completion.TrySetCanceled(e.CancellationToken);
        }
        catch (Exception e)
        {
            _completion.TrySetException(e);
        }
        finally
        {
            // A row that failed stops the reader; its outcome is the load's (already set), so it is only observed here.
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await reading.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Observed: the load already failed or completed.
            }
            // Wake every waiter: they see the new snapshot or the completion.
            Interlocked.Exchange(ref _published, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
    }

    /// <summary>Reads every item into <paramref name="writer"/>; completes it with the source's error, if any.</summary>
    private static async Task ReadAsync(Func<CancellationToken, IAsyncEnumerable<TItem>> items, ChannelWriter<TItem> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in items(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false)) writer.TryWrite(item);
            writer.TryComplete();
        }
        catch (Exception e)
        {
            writer.TryComplete(e);
            throw;
        }
    }

    private void Publish(ListSnapshot<TItem, TRow> snapshot)
    {
        Volatile.Write(ref _latest, snapshot);
        Interlocked.Exchange(ref _published, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
