using MachineImagesConsole.Authentication;

namespace MachineImagesConsole.Tests.Authentication;

public sealed class AllowedDomainsTests
{
    private static readonly string[] ExampleOnly = ["example.com"];

    [Fact]
    public void IsAllowed_NoDomainsConfigured_AllowsEveryone()
        => Assert.True(AllowedDomains.IsAllowed([], null, "anyone@elsewhere.org", "true"));

    [Theory]
    [InlineData("example.com", "ada@example.com", "true", true)]
    [InlineData("EXAMPLE.com", "ada@other.org", "true", true)]
    [InlineData(null, "ada@Example.COM", "true", true)]
    [InlineData(null, "ada@example.com", null, true)]
    [InlineData(null, "ada@example.com", "false", false)]
    [InlineData(null, "ada@sub.example.com", "true", false)]
    [InlineData("other.org", "ada@other.org", "true", false)]
    [InlineData(null, null, null, false)]
    [InlineData(null, "not-an-email", "true", false)]
    public void IsAllowed_HostedDomainOrVerifiedEmailDomain_DecidesAsDocumented(string? hostedDomain, string? email, string? emailVerified, bool allowed)
        => Assert.Equal(allowed, AllowedDomains.IsAllowed(ExampleOnly, hostedDomain, email, emailVerified));
}
