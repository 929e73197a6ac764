using MachineImagesConsole.Configuration;
using MachineImagesConsole.Hosting;
using Microsoft.Extensions.Configuration;

namespace MachineImagesConsole.Tests.Authentication;

public sealed class ConsoleOptionsValidatorTests
{
    [Fact]
    public void Check_Defaults_AreValid()
        => Assert.Empty(ConsoleOptionsValidator.Check(new ConsoleOptions()));

    [Fact]
    public void Check_GoogleModeWithoutClient_NamesClientIdAndClientSecret()
    {
        var failures = ConsoleOptionsValidator.Check(new ConsoleOptions { Mode = "Google" });

        Assert.Contains(failures, f => f.StartsWith("Console:Authentication:Google:ClientId is required when Console:Mode is Google", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Console:Authentication:Google:ClientSecret is required when Console:Mode is Google", StringComparison.Ordinal));
        Assert.Equal(2, failures.Count);
    }

    [Fact]
    public void Check_GoogleModeWithClient_IsValid()
    {
        var options = new ConsoleOptions { Mode = "google" };
        options.Authentication.Google.ClientId = "id.apps.googleusercontent.com";
        options.Authentication.Google.ClientSecret = "not-a-real-secret";

        Assert.Empty(ConsoleOptionsValidator.Check(options));
    }

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "Console:Mode", "Cloudy", "Console:Mode must be one of LocalCloud, Google (was 'Cloudy')." },
        { "Console:PublicUrl", "console.example.com", "Console:PublicUrl must be an absolute http or https URL" },
        { "Console:DataDirectory", " ", "Console:DataDirectory is required." },
        { "Console:Compute:Identity", "Robot", "Console:Compute:Identity must be one of User, ServiceAccount (was 'Robot')." },
        { "Console:Compute:BaseUrl", "ftp://compute", "Console:Compute:BaseUrl must be an absolute http or https URL" },
        { "Console:Compute:ResourceManagerBaseUrl", "crm", "Console:Compute:ResourceManagerBaseUrl must be an absolute http or https URL" },
        { "Console:Compute:ServiceAccountKeyFile", "/keys/sa.json", "Console:Compute:ServiceAccountKeyFile is only used when Console:Mode is Google and Console:Compute:Identity is ServiceAccount." },
        { "Console:Authentication:AllowedDomains:0", "@example.com", "Console:Authentication:AllowedDomains:0 must be a domain name" },
        { "Console:Authentication:SessionIdleTimeout", "-00:01:00", "Console:Authentication:SessionIdleTimeout must be positive" },
        { "Console:Authorization:Roles:Admin:0", "alice", "Console:Authorization:Roles:Admin:0 must be an email address or an @domain entry (was 'alice')." },
        { "Console:Authorization:Roles:Operator:0", "bob@", "Console:Authorization:Roles:Operator:0 must be an email address or an @domain entry" },
        { "Console:Authorization:Roles:HelpDesk:0", "carol @example.com", "Console:Authorization:Roles:HelpDesk:0 must be an email address or an @domain entry" },
        { "Console:Authorization:Roles:Viewer:0", "@@example.com", "Console:Authorization:Roles:Viewer:0 must be an email address or an @domain entry" },
        { "Console:Projects:0", "Acme_Prod", "Console:Projects:0 is not a valid project id (was 'Acme_Prod')." },
        { "Console:LocalCloud:Url", "localhost:5081", "Console:LocalCloud:Url must be an absolute http or https URL" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void ReadOptions_BadValue_FailsNamingTheKey(string key, string value, string expectedMessageStart)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        var exception = Assert.Throws<ConsoleConfigurationException>(() => ConsoleHost.ReadOptions(configuration));

        var failure = Assert.Single(exception.Failures);
        Assert.StartsWith(expectedMessageStart, failure, StringComparison.Ordinal);
        Assert.Contains(failure, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadOptions_UnconvertibleValue_FailsNamingTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Console:Authentication:SessionIdleTimeout"] = "forever",
        }).Build();

        var exception = Assert.Throws<ConsoleConfigurationException>(() => ConsoleHost.ReadOptions(configuration));

        Assert.Contains("Console:Authentication:SessionIdleTimeout", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadOptions_SeveralBadKeys_NamesEveryOne()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Console:Mode"] = "Google",
            ["Console:Compute:Identity"] = "Nobody",
            ["Console:Authorization:Roles:Admin:0"] = "root",
        }).Build();

        var exception = Assert.Throws<ConsoleConfigurationException>(() => ConsoleHost.ReadOptions(configuration));

        Assert.Equal(4, exception.Failures.Count);
        Assert.Contains(exception.Failures, f => f.Contains("Console:Authentication:Google:ClientId", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("Console:Authentication:Google:ClientSecret", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("Console:Compute:Identity", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("Console:Authorization:Roles:Admin:0", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadOptions_GoogleServiceAccountWithMissingKeyFile_NamesTheKeyFile()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Console:Mode"] = "Google",
            ["Console:Authentication:Google:ClientId"] = "id",
            ["Console:Authentication:Google:ClientSecret"] = "secret",
            ["Console:Compute:Identity"] = "ServiceAccount",
            ["Console:Compute:ServiceAccountKeyFile"] = "/does/not/exist.json",
        }).Build();

        var exception = Assert.Throws<ConsoleConfigurationException>(() => ConsoleHost.ReadOptions(configuration));

        Assert.StartsWith("Console:Compute:ServiceAccountKeyFile points to a file that does not exist", Assert.Single(exception.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ThroughIValidateOptions_ReportsTheSameFailures()
    {
        var result = new ConsoleOptionsValidator().Validate(null, new ConsoleOptions { Mode = "Other" });

        Assert.True(result.Failed);
        Assert.Contains("Console:Mode", result.FailureMessage, StringComparison.Ordinal);
    }
}
