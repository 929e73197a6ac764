using MachineImagesConsole.Data;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Hosting;

/// <summary>Creates the console database on start. (Until the schema ships with migrations, EnsureCreated; then Migrate.)</summary>
internal sealed class DatabaseInitializer(IDbContextFactory<ConsoleDbContext> contextFactory) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.Database.EnsureCreatedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
