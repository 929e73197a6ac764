using MachineImagesConsole.Configuration;

namespace MachineImagesConsole.Hosting;

/// <summary>A started console (and its in-process LocalCloud, when it hosts one). Disposing stops both.</summary>
public sealed class ConsoleInstance(WebApplication app, LocalCloudHost? localCloud, ConsoleEndpoints endpoints) : IAsyncDisposable
{
    public WebApplication App { get; } = app;

    public LocalCloudHost? LocalCloud { get; } = localCloud;

    public ConsoleEndpoints Endpoints { get; } = endpoints;

    public async ValueTask DisposeAsync()
    {
        try
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
        finally
        {
            if (LocalCloud is not null)
            {
                await LocalCloud.DisposeAsync();
            }
        }
    }
}
