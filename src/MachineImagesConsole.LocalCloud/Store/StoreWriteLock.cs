namespace MachineImagesConsole.LocalCloud.Store;

/// <summary>
/// Serializes every mutation of the Compute store (requests and the simulation), so that checks such as
/// "at most 1,000 machine images" and "20 concurrent creations" hold under concurrent requests.
/// </summary>
public sealed class StoreWriteLock : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<Releaser> AcquireAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Releaser(_gate);
    }

    public void Dispose() => _gate.Dispose();

    public readonly struct Releaser(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
