using MachineImagesConsole.Model;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MachineImagesConsole.Tests.Model;

public sealed class ComputeListCacheTests
{
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
}
