using System.Security.Claims;

namespace MachineImagesConsole.Operations;

/// <summary>Decides whether a signed-in person may see a project's operations.</summary>
public interface IProjectAccessPolicy
{
    Task<bool> CanViewProjectAsync(ClaimsPrincipal user, string project, CancellationToken cancellationToken);
}
