using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Data;

/// <summary>Server-side sign-in sessions: the tokens behind each browser's cookie (see <c>Authentication/UserSessionStore</c>).</summary>
public sealed partial class ConsoleDbContext
{
    public DbSet<UserSessionRecord> UserSessions => Set<UserSessionRecord>();
}
