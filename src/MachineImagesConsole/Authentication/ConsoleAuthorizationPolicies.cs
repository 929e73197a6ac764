using Microsoft.AspNetCore.Authorization;

namespace MachineImagesConsole.Authentication;

/// <summary>Registers the <see cref="ConsolePolicies"/>: Admin ⊃ Operator ⊃ Viewer; HelpDesk ⊃ Viewer + SelfServiceClone.</summary>
public static class ConsoleAuthorizationPolicies
{
    public static AuthorizationOptions AddConsolePolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(ConsolePolicies.View, Require(ConsoleRoles.Viewer, ConsoleRoles.HelpDesk, ConsoleRoles.Operator, ConsoleRoles.Admin));
        options.AddPolicy(ConsolePolicies.SelfServiceClone, Require(ConsoleRoles.HelpDesk, ConsoleRoles.Operator, ConsoleRoles.Admin));
        options.AddPolicy(ConsolePolicies.Operate, Require(ConsoleRoles.Operator, ConsoleRoles.Admin));
        options.AddPolicy(ConsolePolicies.Administer, Require(ConsoleRoles.Admin));

        // Anything not marked otherwise needs a signed-in person; anonymous requests are sent to sign in.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        return options;
    }

    private static AuthorizationPolicy Require(params string[] roles)
        => new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(ConsoleRoles.ClaimType, roles).Build();
}
