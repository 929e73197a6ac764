using MachineImagesConsole.Authentication;
using MachineImagesConsole.Configuration;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Tests.Authentication;

public sealed class ConsoleRoleResolverTests
{
    private static ConsoleRoleResolver Resolver(Action<ConsoleRoleAssignments> configure)
    {
        var options = new ConsoleOptions();
        configure(options.Authorization.Roles);
        return new ConsoleRoleResolver(Options.Create(options));
    }

    [Fact]
    public void Resolve_EmailListed_ReturnsThatRole()
        => Assert.Equal(ConsoleRoles.Operator, Resolver(r => r.Operator.Add("ops@example.com")).Resolve("OPS@Example.com", []));

    [Fact]
    public void Resolve_DomainListed_MatchesEveryoneInTheDomainButNotSubdomains()
    {
        var resolver = Resolver(r => r.Viewer.Add("@example.com"));

        Assert.Equal(ConsoleRoles.Viewer, resolver.Resolve("anyone@example.com", []));
        Assert.Null(resolver.Resolve("anyone@eu.example.com", []));
        Assert.Null(resolver.Resolve("anyone@notexample.com", []));
    }

    [Fact]
    public void Resolve_SeveralMatches_HighestRoleWins()
    {
        var resolver = Resolver(r =>
        {
            r.Viewer.Add("@example.com");
            r.HelpDesk.Add("desk@example.com");
            r.Admin.Add("boss@example.com");
        });

        Assert.Equal(ConsoleRoles.HelpDesk, resolver.Resolve("desk@example.com", []));
        Assert.Equal(ConsoleRoles.Admin, resolver.Resolve("boss@example.com", [ConsoleRoles.Viewer]));
        Assert.Equal(ConsoleRoles.Viewer, resolver.Resolve("someone@example.com", []));
    }

    [Fact]
    public void Resolve_IssuerRoles_AreHonouredAndCombinedWithConfiguration()
    {
        var resolver = Resolver(r => r.Operator.Add("viewer@example.com"));

        Assert.Equal(ConsoleRoles.Admin, resolver.Resolve("admin@example.com", ["admin"]));
        Assert.Equal(ConsoleRoles.Operator, resolver.Resolve("viewer@example.com", [ConsoleRoles.Viewer]));
        Assert.Equal(ConsoleRoles.HelpDesk, resolver.Resolve(null, [ConsoleRoles.HelpDesk, "Superuser"]));
    }

    [Fact]
    public void Resolve_NothingMatches_ReturnsNullForNoAccess()
    {
        var resolver = Resolver(r => r.Admin.Add("boss@example.com"));

        Assert.Null(resolver.Resolve("stranger@example.org", []));
        Assert.Null(resolver.Resolve(null, ["Superuser"]));
    }

    [Fact]
    public void ByPrecedence_OrdersAdminOperatorHelpDeskViewer()
        => Assert.Equal([ConsoleRoles.Admin, ConsoleRoles.Operator, ConsoleRoles.HelpDesk, ConsoleRoles.Viewer], ConsoleRoleResolver.ByPrecedence);
}
