using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Lists;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MachineImagesConsole.Tests.Model;

public sealed class ComputeListCacheTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _time = new();
    private readonly ComputeListCache _cache;
    private int _loads;

    public ComputeListCacheTests()
        => _cache = new ComputeListCache(_time, Options.Create(new ComputeSessionOptions { ListCacheWindow = TimeSpan.FromSeconds(10) }));

    private Task<int> GetAsync(string project = "acme-prod", string identity = "user:a@example.com")
        => _cache.GetOrAddAsync(project, identity, "machineImages", _ => Task.FromResult(++_loads), default);

    [Fact]
    public async Task GetOrAddAsync_WithinWindow_LoadsOnce()
    {
        var first = await GetAsync();
        _time.Advance(TimeSpan.FromSeconds(9));
        var second = await GetAsync();

        Assert.Equal(1, first);
        Assert.Equal(1, second);
    }

    [Fact]
    public async Task GetOrAddAsync_AfterWindow_LoadsAgain()
    {
        await GetAsync();
        _time.Advance(TimeSpan.FromSeconds(11));

        Assert.Equal(2, await GetAsync());
    }

    [Fact]
    public async Task GetOrAddAsync_OtherIdentity_DoesNotShareEntries()
    {
        await GetAsync(identity: "user:a@example.com");

        Assert.Equal(2, await GetAsync(identity: "user:b@example.com"));
    }

    [Fact]
    public async Task Invalidate_Project_ClearsOnlyThatProject()
    {
        await GetAsync("acme-prod");
        await GetAsync("acme-dr");
        _cache.Invalidate("acme-prod");

        Assert.Equal(3, await GetAsync("acme-prod"));
        Assert.Equal(2, await GetAsync("acme-dr"));
    }

    [Fact]
    public async Task GetOrAddAsync_FailedLoad_IsNotKept()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _cache.GetOrAddAsync<int>("acme-prod", "x", "images", _ => throw new InvalidOperationException("boom"), default));

        Assert.Equal(7, await _cache.GetOrAddAsync("acme-prod", "x", "images", _ => Task.FromResult(7), default));
    }

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task GetOrAddAsync_FirstCallerCancels_SharedLoadStillServesTheOthers()
    {
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        CancellationToken loadToken = default;
        using var first = new CancellationTokenSource();
        var firstWait = _cache.GetOrAddAsync("acme-prod", "user:a", "images", ct => { loadToken = ct; return release.Task; }, first.Token);
        var secondWait = _cache.GetOrAddAsync<int>("acme-prod", "user:a", "images", _ => throw new InvalidOperationException("a second load"), CancellationToken.None);

        await first.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => firstWait.WaitAsync(Deadline));
        Assert.False(loadToken.IsCancellationRequested);
        release.SetResult(42);

        Assert.Equal(42, await secondWait.WaitAsync(Deadline));
        Assert.Equal(42, await _cache.GetOrAddAsync<int>("acme-prod", "user:a", "images", _ => throw new InvalidOperationException("not cached"), CancellationToken.None));
    }

    [Fact]
    public async Task Sweep_AfterTheWindow_FreesExpiredEntriesNobodyReads()
    {
        await GetAsync("acme-prod");
        await GetAsync("acme-dr");
        Assert.Equal(2, _cache.Count);

        // No read touches the cache again: the timer's sweep alone must drop them.
        _time.Advance(TimeSpan.FromSeconds(11));
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(0, _cache.Count);
        Assert.Equal(0, _cache.Size);
    }

    [Fact]
    public async Task GetOrAddAsync_ListsPastTheSizeLimit_AreNotAllKept()
    {
        using var cache = new ComputeListCache(_time, Options.Create(new ComputeSessionOptions { ListCacheWindow = TimeSpan.FromSeconds(10), ListCacheSizeLimit = 1_000 }));
        var loads = 0;
        Task<IReadOnlyList<int>> List(string project) => cache.GetOrAddAsync<IReadOnlyList<int>>(project, "user:a", "images",
            _ => { loads++; return Task.FromResult<IReadOnlyList<int>>([.. Enumerable.Range(0, 600)]); }, CancellationToken.None);

        await List("p1");
        await List("p2");
        await List("p3");
        // Compaction past the limit runs in the background: wait (generously) until the held size is within the limit.
        var until = DateTime.UtcNow + Deadline;
        while (cache.Size > cache.SizeLimit && DateTime.UtcNow < until) await Task.Delay(20);

        Assert.InRange(cache.Size, 0, cache.SizeLimit);
        var before = loads;
        await List("p1");
        await List("p2");
        await List("p3");
        Assert.True(loads > before, "three 600-item lists cannot all stay in a 1,000-item cache");
    }

    [Fact]
    public async Task Invalidate_DuringALoad_ItsResultIsNotKept()
    {
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var wait = _cache.GetOrAddAsync("acme-prod", "user:a", "images", _ => release.Task, CancellationToken.None);

        _cache.Invalidate("acme-prod");
        release.SetResult(1);

        Assert.Equal(1, await wait.WaitAsync(Deadline));
        Assert.Equal(2, await _cache.GetOrAddAsync("acme-prod", "user:a", "images", _ => Task.FromResult(2), CancellationToken.None));
    }

    [Fact]
    public async Task GetOrStartList_SameKey_SharesOneLoadAndSizesTheEntryByItsItems()
    {
        var starts = 0;
        ListLoad<int, string> Start(CancellationToken token)
        {
            starts++;
            return ListLoad<int, string>.Start(_ => Items(250), i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, 100, token);
        }

        var a = _cache.GetOrStartList("acme-prod", "user:a", "images", Start);
        var b = _cache.GetOrStartList("acme-prod", "user:a", "images", Start);
        var other = _cache.GetOrStartList("acme-prod", "user:b", "images", Start);
        var complete = await a.Completion.WaitAsync(Deadline);
        await other.Completion.WaitAsync(Deadline);

        Assert.Same(a, b);
        Assert.NotSame(a, other);
        Assert.Equal(2, starts);
        Assert.Equal(250, complete.Count);
        var until = DateTime.UtcNow + Deadline;
        while (_cache.Size != 500 && DateTime.UtcNow < until) await Task.Delay(20);
        Assert.Equal(500, _cache.Size);

        static async IAsyncEnumerable<int> Items(int n)
        {
            await Task.Yield();
            for (var i = 0; i < n; i++) yield return i;
        }
    }

    [Fact]
    public async Task GetOrStartList_FailedLoad_IsNotKept()
    {
        var starts = 0;
        ListLoad<int, string> Start(CancellationToken token)
        {
            starts++;
            return ListLoad<int, string>.Start(_ => Fail(), i => "x", null, 100, token);
        }

        var failed = _cache.GetOrStartList("acme-prod", "user:a", "images", Start);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failed.Completion.WaitAsync(Deadline));
        var again = _cache.GetOrStartList("acme-prod", "user:a", "images", Start);

        Assert.NotSame(failed, again);
        Assert.Equal(2, starts);

        static async IAsyncEnumerable<int> Fail()
        {
            await Task.Yield();
            throw new InvalidOperationException("403");
#pragma warning disable CS0162 // an iterator needs a yield
            yield break;
#pragma warning restore CS0162
        }
    }
}
