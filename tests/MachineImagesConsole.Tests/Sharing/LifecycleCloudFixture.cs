namespace MachineImagesConsole.Tests.Sharing;

/// <summary>One LocalCloud for a test class (tests use unique resource names, so they don't interfere).</summary>
public sealed class LifecycleCloudFixture : IAsyncLifetime
{
    internal LifecycleCloud Cloud { get; } = new();

    public Task InitializeAsync() => Cloud.InitializeAsync();

    public Task DisposeAsync() => Cloud.DisposeAsync();
}
