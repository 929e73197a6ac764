using System.Security.Claims;
using MachineImagesConsole.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace MachineImagesConsole.Operations;

/// <summary>
/// The default <see cref="IProjectAccessPolicy"/>: the <see cref="ConsolePolicies.View"/> policy, evaluated
/// with the project id as the resource, so a resource-based authorization handler can narrow it per project.
/// </summary>
public sealed class AuthorizationProjectAccessPolicy(IAuthorizationService authorization) : IProjectAccessPolicy
{
    public async Task<bool> CanViewProjectAsync(ClaimsPrincipal user, string project, CancellationToken cancellationToken)
    {
        var result = await authorization.AuthorizeAsync(user, project, ConsolePolicies.View);
        return result.Succeeded;
    }
}
