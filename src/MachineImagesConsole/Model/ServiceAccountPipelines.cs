using System.Security.Claims;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Data;
using MachineImagesConsole.Operations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model;

/// <summary>
/// The one <see cref="IBackgroundPipelineFactory"/> (singleton): a <see cref="MutationPipeline"/> that authorizes and
/// audits as a given principal but calls Compute with the console's service account. Used by restore drills, help-desk
/// self-service clones, clone expiry, backup runs and scheduled deprecations, which run within the console's own
/// guardrails rather than with the person's IAM.
/// </summary>
public sealed class ServiceAccountPipelines(
    IServiceProvider services,
    IComputeClientFactory clientFactory,
    IAuthorizationService authorization,
    AuditLog auditLog,
    OperationTracker tracker,
    ComputeListCache listCache,
    MutationJournal journal,
    ILoggerFactory loggers) : IBackgroundPipelineFactory
{
    /// <summary>The authentication type of the principal background work runs as (<see cref="Principal"/>).</summary>
    public const string AuthenticationType = "console-scheduler";

    /// <summary>A principal for a person known by e-mail and console role.</summary>
    public static ClaimsPrincipal Principal(string email, string role) => new(new ClaimsIdentity(
        [new Claim("email", email), new Claim(ClaimTypes.Name, email), new Claim(ConsoleRoles.ClaimType, role)],
        AuthenticationType, ClaimTypes.Name, ConsoleRoles.ClaimType));

    public (MutationPipeline Pipeline, ComputeSession Session) For(ClaimsPrincipal actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var state = new FixedAuthenticationStateProvider(actor);
        var session = new ComputeSession(services, clientFactory, state, listCache,
            Options.Create(new ComputeSessionOptions { Identity = ComputeIdentity.ServiceAccount }));
        var pipeline = new MutationPipeline(state, authorization, auditLog, session, tracker, listCache, journal, loggers.CreateLogger<MutationPipeline>());
        return (pipeline, session);
    }

    public MutationPipeline Create(string email, string role) => For(Principal(email, role)).Pipeline;
}
