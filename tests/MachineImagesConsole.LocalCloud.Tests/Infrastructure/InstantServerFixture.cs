namespace MachineImagesConsole.LocalCloud.Tests.Infrastructure;

/// <summary>One Instant-mode LocalCloud shared by a test class (tests use unique resource names).</summary>
public sealed class InstantServerFixture : IAsyncLifetime
{
    public LocalCloudServer Server { get; private set; } = null!;

    public string AutomationToken { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Server = await LocalCloudServer.StartAsync();
        AutomationToken = await Server.ClientCredentialsTokenAsync();
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
