using System.Security.Claims;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Data;
using MachineImagesConsole.Operations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model.Restore;

/// <summary>
/// Builds a <see cref="MutationPipeline"/> that authorizes and audits as a given principal but calls Compute with the
/// console's service account (singleton). Used by restore drills, help-desk self-service clones and clone expiry, which
/// run within the console's own guardrails rather than with the person's IAM.
/// </summary>
public sealed class ServiceAccountPipelines(
    IServiceProvider services,
    IComputeClientFactory clientFactory,
    IAuthorizationService authorization,
    AuditLog auditLog,
    OperationTracker tracker,
    ComputeListCache listCache,
    MutationJournal journal,
    ILoggerFactory loggers)
{
    /// <summary>The pipeline and the service-account session it uses (for reads) for <paramref name="actor"/>.</summary>
    public (MutationPipeline Pipeline, ComputeSession Session) For(ClaimsPrincipal actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var state = new FixedAuthenticationStateProvider(actor);
        var session = new ComputeSession(services, clientFactory, state, listCache,
            Options.Create(new ComputeSessionOptions { Identity = ComputeIdentity.ServiceAccount }));
        var pipeline = new MutationPipeline(state, authorization, auditLog, session, tracker, listCache, journal, loggers.CreateLogger<MutationPipeline>());
        return (pipeline, session);
    }
}
