using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Filtering;

namespace MachineImagesConsole.LocalCloud.Tests.Filtering;

public sealed class ComputeFilterTests
{
    private static JsonObject Image() => JsonNode.Parse("""
        {
          "kind": "compute#image",
          "id": "8273645518273645123",
          "name": "web-server-v3",
          "family": "web-server",
          "status": "READY",
          "diskSizeGb": "20",
          "archiveSizeBytes": "9223372036854775000",
          "creationTimestamp": "2023-06-06T19:42:24.377-07:00",
          "sourceInstance": "https://www.googleapis.com/compute/v1/projects/acme-prod/zones/us-central1-a/instances/web-1",
          "storageLocations": ["us", "eu"],
          "labels": { "team": "sre", "env": "prod", "cost-center": "cc-42" },
          "deprecated": { "state": "DEPRECATED" },
          "scheduling": { "automaticRestart": false, "preemptible": true },
          "guestOsFeatures": [ { "type": "UEFI_COMPATIBLE" }, { "type": "GVNIC" } ],
          "satisfiesPzs": false,
          "count": 7
        }
        """)!.AsObject();

    public static TheoryData<string?, bool> MatchCases => new()
    {
        // match-all
        { null, true },
        { "", true },
        { "   ", true },

        // the notes' examples
        { "family = my-family", false },
        { "family = web-server", true },
        { "name eq ^web-.*", true },
        { "name eq ^api-.*", false },
        { "labels.team = sre", true },
        { "labels.team = dev", false },
        { "status = READY", true },
        { "creationTimestamp < \"2024-01-01T00:00:00Z\"", true },
        { "creationTimestamp > \"2024-01-01T00:00:00Z\"", false },
        { "(name eq web.*) (family ne \"x\")", true },
        { "(name eq a.*) (family ne \"x\")", false },
        { "labels.owner:*", false },
        { "labels.team:*", true },
        { "family:web-server", true },

        // equality and inequality
        { "name = web-server-v3", true },
        { "name = \"web-server-v3\"", true },
        { "name = 'web-server-v3'", true },
        { "name=web-server-v3", true },
        { "name = WEB-SERVER-V3", false },
        { "name != web-server-v3", false },
        { "name != other", true },
        { "deprecated.state = DEPRECATED", true },
        { "deprecated.state != ACTIVE", true },

        // substring ':' and map keys
        { "name:server", true },
        { "name:SERVER", false },
        { "sourceInstance:instances/web-1", true },
        { "labels:env", true },
        { "labels:owner", false },
        { "name:\"*\"", false },

        // booleans
        { "scheduling.automaticRestart = false", true },
        { "scheduling.automaticRestart = true", false },
        { "scheduling.automaticRestart != true", true },
        { "scheduling.preemptible = TRUE", true },
        { "scheduling.preemptible:true", true },

        // numbers, including int64 strings and JSON numbers
        { "diskSizeGb = 20", true },
        { "diskSizeGb = 20.0", true },
        { "diskSizeGb > 9", true },
        { "diskSizeGb < 100", true },
        { "diskSizeGb >= 20", true },
        { "diskSizeGb <= 19", false },
        { "archiveSizeBytes > 9223372036854774999", true },
        { "archiveSizeBytes < 9223372036854775001", true },
        { "id = 8273645518273645123", true },
        { "count = 7", true },
        { "count > 10", false },

        // timestamps compare as instants (offsets honoured), date-only literals accepted
        { "creationTimestamp < 2024-01-01", true },
        { "creationTimestamp > 2023-06-07", true },
        { "creationTimestamp > 2023-06-08", false },
        { "creationTimestamp > \"2023-06-07T02:42:24Z\"", true },
        { "creationTimestamp < \"2023-06-07T02:42:25Z\"", true },
        { "creationTimestamp >= \"2023-06-06T19:42:24.377-07:00\"", true },
        { "creationTimestamp = \"2023-06-07T02:42:24.377Z\"", true },
        { "creationTimestamp < '2023-06-07T04:42:24.378+02:00'", true },

        // ordinal string comparison when neither numbers nor dates
        { "name < x", true },
        { "name > x", false },
        { "status >= READY", true },

        // arrays: any element matches
        { "storageLocations = eu", true },
        { "storageLocations = asia", false },
        { "storageLocations != asia", true },
        { "storageLocations != us", false },
        { "storageLocations eq e.", true },
        { "guestOsFeatures.type = GVNIC", true },
        { "guestOsFeatures.type = SEV_CAPABLE", false },

        // missing fields
        { "labels.owner = bob", false },
        { "labels.owner != bob", true },
        { "nosuch.deep.path = x", false },
        { "nosuch < 5", false },
        { "description eq .*", false },
        { "description ne .*", true },

        // regex style
        { "name eq web-server-v3", true },
        { "name eq web", false },
        { "name eq .*-v[0-9]+", true },
        { "name eq ^web-server-v3$", true },
        { "name ne .*instance", true },
        { "name ne web.*", false },
        { "name eq '.*server.*'", true },
        { "name eq \"web-server-v3\"", true },
        { "name eq (web|api)-server-v[0-9]", true },
        { "(name eq (web|api)-.*)", true },
        { "scheduling.automaticRestart eq false", true },
        { "diskSizeGb eq 2.", true },
        { "labels.cost-center eq cc-[0-9]+", true },
        { "(name eq web.*)(status eq READY)", true },
        { "(name eq web.*) AND (status eq FAILED)", false },
        { "(name eq web.*) OR (status eq FAILED)", true },

        // AND / OR / juxtaposition
        { "status = READY AND family = web-server", true },
        { "status = READY and family = other", false },
        { "status = READY family = web-server", true },
        { "status = READY family = other", false },
        { "status = FAILED OR family = web-server", true },
        { "status = FAILED or family = other", false },
        { "(status = READY) (labels.env = prod)", true },
        { "(a = 1) OR (status = READY)", true },

        // precedence: OR binds tighter than AND (AIP-160): a AND b OR c == a AND (b OR c)
        { "status = FAILED AND family = other OR name = web-server-v3", false },
        { "name = web-server-v3 OR family = other AND status = FAILED", false },
        { "status = READY AND status = FAILED OR family = web-server", true },
        { "status = FAILED family = other OR name = web-server-v3", false },
        // parentheses override it
        { "(status = FAILED AND family = other) OR name = web-server-v3", true },
        { "((status = READY))", true },
        { "(status = READY AND (family = x OR (labels.team = sre)))", true },

        // negation
        { "NOT status = READY", false },
        { "NOT status = FAILED", true },
        { "not (status = FAILED OR family = other)", true },
        { "-status = READY", false },
        { "-labels.owner:*", true },
        { "-(family = web-server)", false },
        { "NOT NOT status = READY", true },
        { "status = READY -family = other", true },

        // quoting
        { "labels.team = \"s\\\"re\"", false },
        { "name = 'AND'", false },
        { "  status   =   READY  ", true },
    };

    [Theory]
    [MemberData(nameof(MatchCases))]
    public void Matches_TableCase_ReturnsExpected(string? filter, bool expected)
    {
        var parsed = ComputeFilter.Parse(filter);

        Assert.Equal(expected, parsed.Matches(Image()));
    }

    public static TheoryData<string, string> SyntaxErrorCases => new()
    {
        // unbalanced parentheses
        { "(status = READY", "'(' is never closed" },
        { "status = READY)", "')' has no matching '('" },
        { "((status = READY)", "'(' is never closed" },
        { "()", "expected a term inside '(' ')'" },
        { "(status = READY", "position 0" },

        // dangling operators and keywords
        { "status = READY AND", "expected a term after AND but the filter ended" },
        { "status = READY OR", "expected a term after OR but the filter ended" },
        { "AND status = READY", "expected a term before keyword AND" },
        { "status = READY AND OR family = x", "expected a term after AND but found keyword OR" },
        { "NOT", "expected a term after NOT but the filter ended" },
        { "status", "expected an operator" },
        { "status   ", "after field 'status' but the filter ended" },

        // unknown operators
        { "status == READY", "unknown operator '=='" },
        { "status ~ READY", "unknown operator '~'" },
        { "status =~ READY", "unknown operator '=~'" },
        { "status <> READY", "unknown operator '<>'" },
        { "status equals READY", "unknown operator 'equals'" },
        { "status EQ READY", "unknown operator 'EQ'" },
        { "name eq", "expected a regular expression after 'name eq' but found the end of the filter" },

        // empty values
        { "status =", "expected a value after 'status =' but found the end of the filter" },
        { "status = ", "expected a value after 'status ='" },
        { "(status = )", "expected a value after 'status =' but found ')'" },
        { "name eq )", "expected a regular expression after 'name eq'" },
        { "name eq ''", "expected a non-empty regular expression" },
        { "status = AND family = x", "quote it if you mean the word" },

        // mixing styles
        { "(name eq web.*) (status = READY)", "mixes comparison operators" },
        { "status = READY OR name ne x", "use one style per request" },

        // bad regexes
        { "name eq web(", "unclosed '('" },
        { "name eq [a-z", "unclosed '['" },
        { "name eq 'a)b'", "not a valid regular expression" },
        { "name eq '(?=x)x'", "not a valid regular expression" },
        { "name eq '(a)\\1'", "not a valid regular expression" },

        // strings and fields
        { "name = \"web", "never closed" },
        { "name = 'web", "position 7" },
        { "labels..env = x", "empty path segment" },
        { "labels. = x", "empty path segment" },
        { "labels.1x = x", "does not start with a letter" },
        { "= READY", "expected a field name, '(' or NOT but found '='" },
        { "\"status\" = READY", "expected a field name" },
        { "name = *", "'*' is only allowed with ':'" },
        { "name = we\"b", "unexpected quote" },
    };

    [Theory]
    [MemberData(nameof(SyntaxErrorCases))]
    public void Parse_InvalidFilter_ThrowsWithUsefulMessage(string filter, string expectedFragment)
    {
        var ex = Assert.Throws<FilterSyntaxException>(() => ComputeFilter.Parse(filter));

        Assert.Contains(expectedFragment, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("Invalid filter", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownOperator_ReportsPositionOfOperator()
    {
        var ex = Assert.Throws<FilterSyntaxException>(() => ComputeFilter.Parse("status == READY"));

        Assert.Equal(7, ex.Position);
        Assert.Contains("position 7", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MixedStyles_ReportsBothPositions()
    {
        var ex = Assert.Throws<FilterSyntaxException>(() => ComputeFilter.Parse("(status = READY) (name eq web.*)"));

        Assert.Contains("position 8", ex.Message, StringComparison.Ordinal);
        Assert.Contains("position 23", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Whitespace_IsMatchAll()
    {
        Assert.True(ComputeFilter.Parse(" \t ").IsMatchAll);
        Assert.False(ComputeFilter.Parse("status = READY").IsMatchAll);
    }

    [Fact]
    public void Matches_SameFilterAcrossResources_SelectsOnlyMatching()
    {
        var filter = ComputeFilter.Parse("labels.env = prod AND name:web-");
        var resources = new[]
        {
            JsonNode.Parse("""{"name":"web-1","labels":{"env":"prod"}}""")!.AsObject(),
            JsonNode.Parse("""{"name":"web-2","labels":{"env":"dev"}}""")!.AsObject(),
            JsonNode.Parse("""{"name":"db-1","labels":{"env":"prod"}}""")!.AsObject(),
            JsonNode.Parse("""{"name":"web-3"}""")!.AsObject(),
        };

        var names = resources.Where(filter.Matches).Select(r => (string)r["name"]!).ToArray();

        Assert.Equal(["web-1"], names);
    }

    [Fact]
    public void Matches_CatastrophicPattern_CompletesInLinearTime()
    {
        // (a+)+$ is the classic backtracking bomb; NonBacktracking evaluates it without blowing up.
        var filter = ComputeFilter.Parse("name eq (a+)+b");
        var resource = new JsonObject { ["name"] = new string('a', 50_000) + "c" };

        Assert.False(filter.Matches(resource));
    }

    [Fact]
    public void Matches_NullJsonValues_AreTreatedAsMissing()
    {
        var resource = JsonNode.Parse("""{"name":"x","family":null}""")!.AsObject();

        Assert.False(ComputeFilter.Parse("family:*").Matches(resource));
        Assert.True(ComputeFilter.Parse("family != web").Matches(resource));
        Assert.False(ComputeFilter.Parse("family = web").Matches(resource));
    }
}
