namespace MachineImagesConsole.Tests.Hub;

/// <summary>One running console for the hub tests (timed simulation: a 50 GB machine image takes a few seconds).</summary>
public sealed class RunningConsoleFixture : IAsyncLifetime
{
    internal RunningConsole Console { get; private set; } = null!;

    public async Task InitializeAsync() => Console = await RunningConsole.StartAsync(secondsPerHundredGb: 8);

    public async Task DisposeAsync() => await Console.DisposeAsync();
}
