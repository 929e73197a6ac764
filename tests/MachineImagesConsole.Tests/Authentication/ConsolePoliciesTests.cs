using System.Security.Claims;
using MachineImagesConsole.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Authentication;

public sealed class ConsolePoliciesTests
{
    private static readonly IAuthorizationService Authorization = new ServiceCollection()
        .AddLogging()
        .AddAuthorizationCore(o => o.AddConsolePolicies())
        .BuildServiceProvider()
        .GetRequiredService<IAuthorizationService>();

    // Policy × role → allowed? "" is a signed-in person without a console role.
    public static TheoryData<string, string, bool> Matrix => new()
    {
        { ConsolePolicies.View, ConsoleRoles.Viewer, true },
        { ConsolePolicies.View, ConsoleRoles.HelpDesk, true },
        { ConsolePolicies.View, ConsoleRoles.Operator, true },
        { ConsolePolicies.View, ConsoleRoles.Admin, true },
        { ConsolePolicies.View, "", false },
        { ConsolePolicies.SelfServiceClone, ConsoleRoles.Viewer, false },
        { ConsolePolicies.SelfServiceClone, ConsoleRoles.HelpDesk, true },
        { ConsolePolicies.SelfServiceClone, ConsoleRoles.Operator, true },
        { ConsolePolicies.SelfServiceClone, ConsoleRoles.Admin, true },
        { ConsolePolicies.SelfServiceClone, "", false },
        { ConsolePolicies.Operate, ConsoleRoles.Viewer, false },
        { ConsolePolicies.Operate, ConsoleRoles.HelpDesk, false },
        { ConsolePolicies.Operate, ConsoleRoles.Operator, true },
        { ConsolePolicies.Operate, ConsoleRoles.Admin, true },
        { ConsolePolicies.Operate, "", false },
        { ConsolePolicies.Administer, ConsoleRoles.Viewer, false },
        { ConsolePolicies.Administer, ConsoleRoles.HelpDesk, false },
        { ConsolePolicies.Administer, ConsoleRoles.Operator, false },
        { ConsolePolicies.Administer, ConsoleRoles.Admin, true },
        { ConsolePolicies.Administer, "", false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Policy_Role_AllowedExactlyAsDesigned(string policy, string role, bool allowed)
    {
        var claims = new List<Claim> { new(ConsoleClaimTypes.Subject, "person-1") };
        if (role.Length > 0)
        {
            claims.Add(new Claim(ConsoleRoles.ClaimType, role));
        }

        var user = new ClaimsPrincipal(new ClaimsIdentity(claims, "test", ConsoleClaimTypes.Name, ConsoleRoles.ClaimType));

        var result = await Authorization.AuthorizeAsync(user, resource: null, policy);

        Assert.Equal(allowed, result.Succeeded);
    }

    [Theory]
    [InlineData(ConsolePolicies.View)]
    [InlineData(ConsolePolicies.Administer)]
    public async Task Policy_AnonymousWithRoleClaim_IsRefused(string policy)
    {
        // A role claim on an unauthenticated identity must not count.
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ConsoleRoles.ClaimType, ConsoleRoles.Admin)]));

        var result = await Authorization.AuthorizeAsync(user, resource: null, policy);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Policies_EveryRoleAndPolicyIsCovered()
    {
        var covered = Matrix.Select(row => ((string)row[0], (string)row[1])).ToHashSet();
        string[] policies = [ConsolePolicies.View, ConsolePolicies.SelfServiceClone, ConsolePolicies.Operate, ConsolePolicies.Administer];

        Assert.All(policies, p => Assert.All(ConsoleRoles.All, r => Assert.Contains((p, r), covered)));
    }

    [Fact]
    public async Task FallbackPolicy_RequiresAnAuthenticatedUser()
    {
        var provider = new ServiceCollection().AddLogging().AddAuthorizationCore(o => o.AddConsolePolicies()).BuildServiceProvider()
            .GetRequiredService<IAuthorizationPolicyProvider>();

        var fallback = await provider.GetFallbackPolicyAsync();

        Assert.NotNull(fallback);
        Assert.Contains(fallback.Requirements, r => r is Microsoft.AspNetCore.Authorization.Infrastructure.DenyAnonymousAuthorizationRequirement);
    }
}
