using System.Collections.Concurrent;
using System.Security.Claims;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Configuration;
using MachineImagesConsole.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Operations;

/// <summary>
/// The console's <see cref="IProjectAccessPolicy"/> (singleton): the <see cref="ConsolePolicies.View"/> role check, then
/// Compute's own answer for this person. With <c>Console:Compute:Identity</c> User it reads one operation of the project
/// (<c>globalOperations.list</c>, <c>maxResults=1</c>: the permission the Operations page needs) with the person's
/// server-side token, found by the session id claim (<see cref="ConsoleClaimTypes.SessionId"/>) on the hub connection's
/// principal. With ServiceAccount identity everybody shares the console's view: the pinned <c>Console:Projects</c> when
/// configured, otherwise the projects the service account can see (<c>projects:search</c>). Answers are cached per
/// (person, project) for <see cref="OperationTrackingOptions.ProjectAccessCacheWindow"/>; a failure to ask Compute
/// (not a denial) refuses without being cached.
/// </summary>
public sealed class ComputeProjectAccessPolicy(
    IAuthorizationService authorization,
    IComputeClientFactory clientFactory,
    UserSessionAccessTokens userTokens,
    IServiceProvider services,
    IOptions<ConsoleOptions> consoleOptions,
    IOptions<OperationTrackingOptions> trackingOptions,
    TimeProvider timeProvider,
    ILogger<ComputeProjectAccessPolicy> logger) : IProjectAccessPolicy
{
    private const string ServiceAccountKey = "serviceAccount";
    private readonly ConcurrentDictionary<(string Who, string Project), (bool Allowed, DateTimeOffset Until)> _answers = new();

    public async Task<bool> CanViewProjectAsync(ClaimsPrincipal user, string project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrEmpty(project);
        if (!(await authorization.AuthorizeAsync(user, project, ConsolePolicies.View)).Succeeded)
        {
            return false;
        }

        var byServiceAccount = !consoleOptions.Value.Compute.UsesUserIdentity;
        if (byServiceAccount && consoleOptions.Value.Projects.Count > 0)
        {
            return consoleOptions.Value.Projects.Contains(project, StringComparer.Ordinal);
        }

        string who;
        string? sessionId = null;
        if (byServiceAccount)
        {
            who = ServiceAccountKey;
        }
        else
        {
            sessionId = user.FindFirst(ConsoleClaimTypes.SessionId)?.Value;
            var subject = user.FindFirst(ConsoleClaimTypes.Subject)?.Value;
            if (sessionId is null || subject is null) return false;
            who = "user:" + subject;
        }

        var now = timeProvider.GetUtcNow();
        if (_answers.TryGetValue((who, project), out var cached) && cached.Until > now)
        {
            return cached.Allowed;
        }

        bool? allowed = byServiceAccount
            ? await ServiceAccountSeesAsync(project, cancellationToken)
            : await PersonSeesAsync(sessionId!, project, cancellationToken);
        if (allowed is not { } answer)
        {
            return false;
        }

        _answers[(who, project)] = (answer, now + trackingOptions.Value.ProjectAccessCacheWindow);
        PruneExpired(now);
        return answer;
    }

    /// <summary>True/false when Compute answered; null when it could not be asked (not cached).</summary>
    private async Task<bool?> PersonSeesAsync(string sessionId, string project, CancellationToken cancellationToken)
    {
        var client = clientFactory.Create(new DelegateAccessTokenProvider(ct => userTokens.GetAccessTokenAsync(sessionId, ct)));
        try
        {
            await client.GlobalOperations.ListPageAsync(project, new ListOptions { MaxResults = 1 }, cancellationToken);
            return true;
        }
        catch (ComputeApiException e) when (e.StatusCode is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.Unauthorized)
        {
            return false;
        }
        catch (ReauthenticationRequiredException)
        {
            return false;
        }
        catch (Exception e) when (e is ComputeApiException or HttpRequestException or AccessTokenException)
        {
            logger.LogWarning(e, "Could not ask Compute whether a person may view project {Project}; refused for now.", project);
            return null;
        }
    }

    private async Task<bool?> ServiceAccountSeesAsync(string project, CancellationToken cancellationToken)
    {
        var tokens = services.GetKeyedService<IAccessTokenProvider>(ComputeIdentityKeys.ServiceAccount);
        if (tokens is null)
        {
            logger.LogWarning("No service-account token provider is registered; project access cannot be checked.");
            return null;
        }

        try
        {
            await foreach (var found in clientFactory.Create(tokens).ResourceManager.SearchProjectsAsync(null, cancellationToken))
            {
                if (string.Equals(found.ProjectId, project, StringComparison.Ordinal) && (found.State is null || found.State == "ACTIVE"))
                    return true;
            }
            return false;
        }
        catch (Exception e) when (e is ComputeApiException or HttpRequestException or AccessTokenException)
        {
            logger.LogWarning(e, "Could not list the service account's projects; project {Project} refused for now.", project);
            return null;
        }
    }

    private void PruneExpired(DateTimeOffset now)
    {
        if (_answers.Count < 1024) return;
        foreach (var entry in _answers)
        {
            if (entry.Value.Until <= now) _answers.TryRemove(entry);
        }
    }
}
