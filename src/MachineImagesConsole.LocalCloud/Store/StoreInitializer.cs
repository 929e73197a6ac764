using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Identity;
using MachineImagesConsole.LocalCloud.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.LocalCloud.Store;

/// <summary>
/// Creates the store at start (<c>EnsureCreated</c>: LocalCloud's store is a disposable emulator store, not a
/// migrated schema), seeds the demo world when the store is new, registers the OIDC clients, and resets on request.
/// </summary>
public sealed class StoreInitializer(
    IServiceProvider services,
    IDbContextFactory<LocalCloudDbContext> contexts,
    IOptions<LocalCloudOptions> options,
    LocalCloudPaths paths,
    StoreWriteLock writeLock,
    TimeProvider time,
    ILogger<StoreInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.DataDirectory);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (options.Value.ResetOnStart)
            {
                await db.Database.EnsureDeletedAsync(cancellationToken);
                logger.LogInformation("LocalCloud store deleted (ResetOnStart).");
            }
            var created = await db.Database.EnsureCreatedAsync(cancellationToken);
            if (created && options.Value.SeedDemoWorld)
            {
                new DemoWorldSeeder(db, time.GetUtcNow(), options.Value).Seed();
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("LocalCloud demo world seeded in {DataDirectory}.", paths.DataDirectory);
            }
        }
        await RegisterClientsAsync(cancellationToken);
    }

    /// <summary>Deletes every Compute resource, operation and policy, and seeds the demo world again.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        using var _ = await writeLock.AcquireAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Resources.ExecuteDeleteAsync(cancellationToken);
        await db.Operations.ExecuteDeleteAsync(cancellationToken);
        await db.RequestIds.ExecuteDeleteAsync(cancellationToken);
        await db.IamPolicies.ExecuteDeleteAsync(cancellationToken);
        await db.SerialOutputs.ExecuteDeleteAsync(cancellationToken);
        await db.RateEvents.ExecuteDeleteAsync(cancellationToken);
        if (options.Value.SeedDemoWorld)
        {
            new DemoWorldSeeder(db, time.GetUtcNow(), options.Value).Seed();
            await db.SaveChangesAsync(cancellationToken);
        }
        logger.LogInformation("LocalCloud store reset.");
    }

    private async Task RegisterClientsAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var secret = SigningKeys.AutomationSecret(paths.DataDirectory, options.Value.Automation.ClientSecret);
        await ClientRegistration.RegisterAsync(scope.ServiceProvider, options.Value, secret, cancellationToken);
    }
}
