using System.Security.Claims;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Tests.Authentication;

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>A refresh grant that answers with queued results and counts calls.</summary>
internal sealed class FakeRefreshTokenGrant : IRefreshTokenGrant
{
    public Queue<Func<string, UserSessionTokens>> Answers { get; } = new();

    public List<string> Redeemed { get; } = [];

    public Task<UserSessionTokens> RedeemAsync(string refreshToken, CancellationToken cancellationToken)
    {
        Redeemed.Add(refreshToken);
        return Task.FromResult(Answers.Dequeue()(refreshToken));
    }
}

/// <summary>A circuit's authentication state for a fixed principal.</summary>
internal sealed class FixedAuthenticationStateProvider(ClaimsPrincipal user) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));

    public static FixedAuthenticationStateProvider ForSession(string? sessionId)
    {
        var claims = new List<Claim> { new(ConsoleClaimTypes.Subject, "person-1") };
        if (sessionId is not null)
        {
            claims.Add(new Claim(ConsoleClaimTypes.SessionId, sessionId));
        }

        return new FixedAuthenticationStateProvider(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")));
    }
}

/// <summary>A real SQLite console database in shared memory (one connection per context, like production), alive while this object is.</summary>
internal sealed class InMemoryConsoleDatabase : IDbContextFactory<ConsoleDbContext>, IDisposable
{
    private readonly SqliteConnection _keepAlive;
    private readonly DbContextOptions<ConsoleDbContext> _options;

    public InMemoryConsoleDatabase()
    {
        var connectionString = $"Data Source=console-tests-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        _keepAlive = new SqliteConnection(connectionString);
        _keepAlive.Open();
        _options = new DbContextOptionsBuilder<ConsoleDbContext>().UseSqlite(connectionString).Options;
        using var context = CreateDbContext();
        context.Database.EnsureCreated();
    }

    public ConsoleDbContext CreateDbContext() => new(_options);

    public void Dispose() => _keepAlive.Dispose();

    public static IDataProtectionProvider EphemeralProtection() => new EphemeralDataProtectionProvider();
}
