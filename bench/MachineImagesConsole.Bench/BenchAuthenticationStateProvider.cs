using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace MachineImagesConsole.Bench;

/// <summary>The signed-in person the bench's ComputeSession keys its cache by.</summary>
internal sealed class BenchAuthenticationStateProvider : AuthenticationStateProvider
{
    private static readonly Task<AuthenticationState> State = Task.FromResult(new AuthenticationState(
        new ClaimsPrincipal(new ClaimsIdentity([new Claim("email", "viewer@example.com")], "bench"))));

    public override Task<AuthenticationState> GetAuthenticationStateAsync() => State;
}
