using System.Security.Claims;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Operations.Lifecycle;

/// <summary>The production <see cref="IBackgroundPipelineFactory"/>: Compute is called with the console's service-account identity.</summary>
public sealed class ServiceAccountPipelineFactory(
    IServiceProvider services,
    IComputeClientFactory clientFactory,
    IAuthorizationService authorization,
    AuditLog auditLog,
    OperationTracker tracker,
    ComputeListCache cache,
    MutationJournal journal,
    ILoggerFactory loggers) : IBackgroundPipelineFactory
{
    /// <summary>The authentication type of the principal background work runs as.</summary>
    public const string AuthenticationType = "console-scheduler";

    public MutationPipeline Create(string email, string role)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("email", email), new Claim(ClaimTypes.Name, email), new Claim(ConsoleRoles.ClaimType, role)],
            AuthenticationType, ClaimTypes.Name, ConsoleRoles.ClaimType));
        var state = new FixedAuthenticationStateProvider(user);
        var session = new ComputeSession(services, clientFactory, state, cache,
            Options.Create(new ComputeSessionOptions { Identity = ComputeIdentity.ServiceAccount }));
        return new MutationPipeline(state, authorization, auditLog, session, tracker, cache, journal, loggers.CreateLogger<MutationPipeline>());
    }
}
