using MachineImagesConsole.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>
/// Authorization and audit for console-only changes that do not call Compute (retention rules): the same policy table
/// (<see cref="ConsoleActions"/>) and the same audit log as the <see cref="MutationPipeline"/>.
/// </summary>
public sealed class ConsoleActionGate(AuthenticationStateProvider authentication, IAuthorizationService authorization, AuditLog audit)
{
    /// <summary>Runs <paramref name="change"/> if the person may perform <paramref name="action"/>; audits either way.</summary>
    public async Task<T> RunAsync<T>(string action, string project, string target, object? parameters, Func<CancellationToken, Task<T>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        var policy = ConsoleActions.PolicyFor(action);
        var record = new AuditRecord
        {
            ActorEmail = ConsoleUser.EmailOf(user),
            ActorRole = ConsoleUser.RoleOf(user),
            Action = action,
            Target = target,
            Project = project,
            ParametersJson = AuditParameterRedactor.ToRedactedJson(parameters),
            RequestId = Guid.NewGuid(),
        };
        if (!(await authorization.AuthorizeAsync(user, null, policy)).Succeeded)
            await DenyAsync(record, $"You are not allowed to {action.Replace('.', ' ')} (your console role is {record.ActorRole}). Ask a console Admin if you need this.");

        var result = await change(cancellationToken);
        record.Outcome = AuditOutcome.Succeeded;
        await audit.AddAsync(record, CancellationToken.None);
        return result;
    }

    /// <summary>
    /// Refuses <paramref name="action"/> for a rule of the caller's own (beyond <see cref="ConsoleActions"/>' policy, e.g.
    /// HelpDesk never edits backup policies): audited as Denied, then <see cref="ConsoleForbiddenException"/> with
    /// <paramref name="message"/>. Never returns.
    /// </summary>
    public async Task DenyAsync(string action, string project, string target, object? parameters, string message)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        await DenyAsync(new AuditRecord
        {
            ActorEmail = ConsoleUser.EmailOf(user),
            ActorRole = ConsoleUser.RoleOf(user),
            Action = action,
            Target = target.Length <= MaxTargetLength ? target : target[..MaxTargetLength] + "…",
            Project = project.Length <= MaxTargetLength ? project : project[..MaxTargetLength] + "…",
            ParametersJson = AuditParameterRedactor.ToRedactedJson(parameters),
            RequestId = Guid.NewGuid(),
        }, message);
    }

    /// <summary>A refused request's target and project are kept to this many characters (they may be anything a crafted request sent).</summary>
    public const int MaxTargetLength = 300;

    private async Task DenyAsync(AuditRecord record, string message)
    {
        record.Outcome = AuditOutcome.Denied;
        record.ErrorMessage = $"The console role '{record.ActorRole}' may not perform {record.Action}.";
        await audit.AddAsync(record, CancellationToken.None);
        throw new ConsoleForbiddenException(record.Action, ConsoleActions.PolicyFor(record.Action), message);
    }
}
