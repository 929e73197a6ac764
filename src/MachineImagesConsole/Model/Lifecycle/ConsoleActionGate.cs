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
        {
            record.Outcome = AuditOutcome.Denied;
            record.ErrorMessage = $"The console role '{record.ActorRole}' may not perform {action}.";
            await audit.AddAsync(record, CancellationToken.None);
            throw new ConsoleForbiddenException(action, policy, $"You are not allowed to {action.Replace('.', ' ')} (your console role is {record.ActorRole}). Ask a console Admin if you need this.");
        }

        var result = await change(cancellationToken);
        record.Outcome = AuditOutcome.Succeeded;
        await audit.AddAsync(record, CancellationToken.None);
        return result;
    }
}
