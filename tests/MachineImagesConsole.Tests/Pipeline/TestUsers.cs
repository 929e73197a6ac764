using System.Security.Claims;
using MachineImagesConsole.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Pipeline;

/// <summary>Signed-in principals with console roles, and an authorization service with the console's policies.</summary>
internal static class TestUsers
{
    public static ClaimsPrincipal Person(string email, string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Email, email), new Claim("email", email), new Claim(ClaimTypes.Name, email), new Claim(ConsoleRoles.ClaimType, role)],
        authenticationType: "test",
        nameType: ClaimTypes.Name,
        roleType: ConsoleRoles.ClaimType));

    public static ClaimsPrincipal Admin => Person("admin@example.com", ConsoleRoles.Admin);

    public static ClaimsPrincipal Operator => Person("operator@example.com", ConsoleRoles.Operator);

    public static ClaimsPrincipal HelpDesk => Person("helpdesk@example.com", ConsoleRoles.HelpDesk);

    public static ClaimsPrincipal Viewer => Person("viewer@example.com", ConsoleRoles.Viewer);

    public static ClaimsPrincipal Anonymous => new(new ClaimsIdentity());

    /// <summary>The console's policies as the console helper defines them (role claims), for tests of this layer.</summary>
    public static IAuthorizationService AuthorizationService()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuthorizationCore(options =>
        {
            options.AddPolicy(ConsolePolicies.View, p => p.RequireClaim(ConsoleRoles.ClaimType, ConsoleRoles.All));
            options.AddPolicy(ConsolePolicies.Operate, p => p.RequireClaim(ConsoleRoles.ClaimType, ConsoleRoles.Operator, ConsoleRoles.Admin));
            options.AddPolicy(ConsolePolicies.SelfServiceClone, p => p.RequireClaim(ConsoleRoles.ClaimType, ConsoleRoles.HelpDesk, ConsoleRoles.Operator, ConsoleRoles.Admin));
            options.AddPolicy(ConsolePolicies.Administer, p => p.RequireClaim(ConsoleRoles.ClaimType, ConsoleRoles.Admin));
        });
        return services.BuildServiceProvider().GetRequiredService<IAuthorizationService>();
    }
}
