using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace MachineImagesConsole.Tests.Pipeline;

internal sealed class FakeAuthenticationStateProvider(ClaimsPrincipal user) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
}
