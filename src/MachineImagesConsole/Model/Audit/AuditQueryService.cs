using System.Security.Claims;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Model.Audit;

/// <summary>Reads the audit log for Admins: filters, free text and paging, newest first.</summary>
public sealed class AuditQueryService(IDbContextFactory<ConsoleDbContext> contextFactory, IAuthorizationService authorization)
{
    /// <summary>
    /// Returns one page of matching records. The caller must satisfy <see cref="ConsolePolicies.Administer"/>;
    /// otherwise <see cref="UnauthorizedAccessException"/> is thrown (checked here, not only on the page).
    /// </summary>
    public async Task<AuditPage> QueryAsync(AuditQuery query, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var allowed = await authorization.AuthorizeAsync(user, ConsolePolicies.Administer);
        if (!allowed.Succeeded) throw new UnauthorizedAccessException("Only console Admins may read the audit log.");

        var pageSize = Math.Clamp(query.PageSize, 1, AuditQuery.MaxPageSize);
        var pageIndex = Math.Max(0, query.PageIndex);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var records = Filter(db.AuditRecords.AsNoTracking(), query);
        var total = await records.CountAsync(cancellationToken);
        var items = await records
            .OrderByDescending(r => r.Time).ThenByDescending(r => r.Id)
            .Skip(pageIndex * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new AuditPage(items, total, pageIndex, pageSize);
    }

    internal static IQueryable<AuditRecord> Filter(IQueryable<AuditRecord> records, AuditQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.ActorEmail))
        {
            var actor = query.ActorEmail.Trim().ToLowerInvariant();
            records = records.Where(r => r.ActorEmail == actor); // stored lower-case by AuditLog
        }
        if (!string.IsNullOrWhiteSpace(query.Action)) records = records.Where(r => r.Action == query.Action.Trim());
        if (query.Outcome is { } outcome) records = records.Where(r => r.Outcome == outcome);
        if (!string.IsNullOrWhiteSpace(query.Project)) records = records.Where(r => r.Project == query.Project.Trim());
        if (query.From is { } from) records = records.Where(r => r.Time >= from);
        if (query.To is { } to) records = records.Where(r => r.Time < to);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var pattern = "%" + EscapeLike(query.Text.Trim().ToLowerInvariant()) + "%";
            records = records.Where(r =>
                EF.Functions.Like(r.Action.ToLower(), pattern, LikeEscape)
                || EF.Functions.Like(r.Target.ToLower(), pattern, LikeEscape)
                || EF.Functions.Like(r.ActorEmail.ToLower(), pattern, LikeEscape)
                || (r.ParametersJson != null && EF.Functions.Like(r.ParametersJson.ToLower(), pattern, LikeEscape))
                || (r.ErrorMessage != null && EF.Functions.Like(r.ErrorMessage.ToLower(), pattern, LikeEscape))
                || (r.ErrorReasons != null && EF.Functions.Like(r.ErrorReasons.ToLower(), pattern, LikeEscape))
                || (r.OperationName != null && EF.Functions.Like(r.OperationName.ToLower(), pattern, LikeEscape)));
        }
        return records;
    }

    private const string LikeEscape = "\\";

    private static string EscapeLike(string text)
        => text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
