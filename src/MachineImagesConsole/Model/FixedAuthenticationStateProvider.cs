using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace MachineImagesConsole.Model;

/// <summary>An authentication state that is always the given principal (background work on someone's behalf).</summary>
public sealed class FixedAuthenticationStateProvider(ClaimsPrincipal user) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
}
