using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace MachineImagesConsole.Operations.Lifecycle;

/// <summary>An authentication state that never changes (for background work done on someone's behalf).</summary>
internal sealed class FixedAuthenticationStateProvider(ClaimsPrincipal user) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
}
