using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Iam;

namespace MachineImagesConsole.LocalCloud.Tests.Iam;

public sealed class IamPolicyEvaluatorTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly CallerIdentity Alice = new("alice@example.com", false, ["sre@example.com"]);
    private static readonly CallerIdentity Automation = new("console-automation@localcloud.iam.gserviceaccount.com", true, []);

    private static JsonObject Policy(string role, params string[] members) => new()
    {
        ["version"] = 1,
        ["bindings"] = new JsonArray(new JsonObject
        {
            ["role"] = role,
            ["members"] = new JsonArray(members.Select(m => (JsonNode?)JsonValue.Create(m)).ToArray()),
        }),
    };

    private static JsonObject ConditionalPolicy(string role, string member, string expression) => new()
    {
        ["version"] = 3,
        ["bindings"] = new JsonArray(new JsonObject
        {
            ["role"] = role,
            ["members"] = new JsonArray(member),
            ["condition"] = new JsonObject { ["title"] = "temporary", ["expression"] = expression },
        }),
    };

    public static TheoryData<string, bool> AliceMembers => new()
    {
        { "user:alice@example.com", true },
        { "user:ALICE@Example.com", true },
        { "user:bob@example.com", false },
        { "serviceAccount:alice@example.com", false },
        { "group:sre@example.com", true },
        { "group:dba@example.com", false },
        { "domain:example.com", true },
        { "domain:EXAMPLE.COM", true },
        { "domain:example.org", false },
        { "allAuthenticatedUsers", true },
        { "allUsers", true },
        { "deleted:user:alice@example.com?uid=123", false },
        { "principal://iam.googleapis.com/locations/global/workforcePools/p/subject/alice", false },
        { "alice@example.com", false },
        { "", false },
        { "user:", false },
    };

    [Theory]
    [MemberData(nameof(AliceMembers))]
    public void MemberMatches_PersonCaller_MatchesExpectedKinds(string member, bool expected)
    {
        Assert.Equal(expected, IamPolicyEvaluator.MemberMatches(member, Alice));
    }

    [Theory]
    [InlineData("serviceAccount:console-automation@localcloud.iam.gserviceaccount.com", true)]
    [InlineData("user:console-automation@localcloud.iam.gserviceaccount.com", false)]
    [InlineData("domain:localcloud.iam.gserviceaccount.com", false)]
    [InlineData("allAuthenticatedUsers", true)]
    [InlineData("deleted:serviceAccount:console-automation@localcloud.iam.gserviceaccount.com?uid=1", false)]
    public void MemberMatches_ServiceAccountCaller_MatchesExpectedKinds(string member, bool expected)
    {
        Assert.Equal(expected, IamPolicyEvaluator.MemberMatches(member, Automation));
    }

    [Fact]
    public void HasPermission_NoPolicies_IsFalse()
    {
        Assert.False(IamPolicyEvaluator.HasPermission([], Alice, "compute.images.get", Now));
        Assert.False(IamPolicyEvaluator.HasPermission([null, new JsonObject()], Alice, "compute.images.get", Now));
    }

    [Fact]
    public void HasPermission_ViewerOnProject_CanListButNotCreate()
    {
        var project = Policy(IamRoles.Viewer, "user:alice@example.com");

        Assert.True(IamPolicyEvaluator.HasPermission([project], Alice, "compute.machineImages.list", Now));
        Assert.False(IamPolicyEvaluator.HasPermission([project], Alice, "compute.machineImages.create", Now));
        Assert.False(IamPolicyEvaluator.HasPermission([project], Automation, "compute.machineImages.list", Now));
    }

    [Fact]
    public void HasPermission_ResourcePolicy_GrantsInAdditionToProjectPolicy()
    {
        var project = Policy(IamRoles.Viewer, "user:alice@example.com");
        var image = Policy(IamRoles.ComputeImageUser, "group:sre@example.com");

        Assert.False(IamPolicyEvaluator.HasPermission([project], Alice, "compute.images.useReadOnly", Now));
        Assert.True(IamPolicyEvaluator.HasPermission([project, image], Alice, "compute.images.useReadOnly", Now));
        Assert.True(IamPolicyEvaluator.HasPermission([project, image], Alice, "compute.images.list", Now));
        Assert.False(IamPolicyEvaluator.HasPermission([project, image], Alice, "compute.images.delete", Now));
    }

    [Fact]
    public void HasPermission_PublicImageProject_AllAuthenticatedUsersCanUse()
    {
        var debian = Policy(IamRoles.ComputeImageUser, "allAuthenticatedUsers");

        Assert.True(IamPolicyEvaluator.HasPermission([debian], Automation, "compute.images.useReadOnly", Now));
        Assert.False(IamPolicyEvaluator.HasPermission([debian], Automation, "compute.images.delete", Now));
    }

    [Theory]
    [InlineData("request.time < timestamp(\"2025-03-02T00:00:00Z\")", true)]
    [InlineData("request.time < timestamp(\"2025-03-01T00:00:00Z\")", false)]
    [InlineData("request.time < timestamp(\"2025-03-01T12:00:00Z\")", false)]
    [InlineData("request.time <= timestamp(\"2025-03-01T12:00:00Z\")", true)]
    [InlineData("request.time > timestamp(\"2025-03-01T11:59:59Z\")", true)]
    [InlineData("request.time >= timestamp(\"2025-03-01T12:00:00.001Z\")", false)]
    [InlineData("request.time < timestamp('2025-03-01T13:30:00+01:00')", true)]
    [InlineData("request.time > timestamp(\"2025-01-01T00:00:00Z\") && request.time < timestamp(\"2025-04-01T00:00:00Z\")", true)]
    [InlineData("request.time > timestamp(\"2025-01-01T00:00:00Z\") && request.time < timestamp(\"2025-02-01T00:00:00Z\")", false)]
    [InlineData("(request.time < timestamp(\"2025-04-01T00:00:00Z\")) && (request.time > timestamp(\"2025-02-01T00:00:00Z\"))", true)]
    [InlineData("request.time < timestamp(\"2025-04-01\")", false)]
    [InlineData("request.time < timestamp(\"2025-04-01T00:00:00\")", false)]
    [InlineData("request.time < timestamp(\"not a time\")", false)]
    [InlineData("resource.name.startsWith(\"projects/acme-prod\")", false)]
    [InlineData("request.time < timestamp(\"2026-01-01T00:00:00Z\") || true", false)]
    [InlineData("", false)]
    public void HasPermission_TimeCondition_GrantsOnlyWhileItHolds(string expression, bool expected)
    {
        var policy = ConditionalPolicy(IamRoles.ComputeImageUser, "user:alice@example.com", expression);

        Assert.Equal(expected, IamPolicyEvaluator.HasPermission([policy], Alice, "compute.images.useReadOnly", Now));
    }

    [Fact]
    public void HasPermission_ConditionExpires_GrantBeforeNotAfter()
    {
        var policy = ConditionalPolicy(IamRoles.Editor, "user:alice@example.com", "request.time < timestamp(\"2025-06-01T00:00:00Z\")");

        Assert.True(IamPolicyEvaluator.HasPermission([policy], Alice, "compute.machineImages.create", new DateTimeOffset(2025, 5, 31, 23, 59, 59, TimeSpan.Zero)));
        Assert.False(IamPolicyEvaluator.HasPermission([policy], Alice, "compute.machineImages.create", new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void HasPermission_MalformedBindings_AreSkippedNotFatal()
    {
        var policy = JsonNode.Parse("""
            {"bindings":[
              "nonsense",
              {"role":"roles/owner"},
              {"members":["user:alice@example.com"]},
              {"role":42,"members":["user:alice@example.com"]},
              {"role":"roles/owner","members":[7, null]},
              {"role":"roles/owner","members":["user:alice@example.com"],"condition":"bad"},
              {"role":"roles/viewer","members":["user:alice@example.com"]}
            ]}
            """)!.AsObject();

        Assert.True(IamPolicyEvaluator.HasPermission([policy], Alice, "compute.images.list", Now));
        Assert.False(IamPolicyEvaluator.HasPermission([policy], Alice, "compute.images.create", Now));
    }

    [Fact]
    public void HasPermission_CustomRole_GrantsNothing()
    {
        var policy = Policy("projects/acme-prod/roles/imageReader", "user:alice@example.com");

        Assert.False(IamPolicyEvaluator.HasPermission([policy], Alice, "compute.images.get", Now));
    }

    [Fact]
    public void GrantedPermissions_ReturnsHeldSubsetInRequestOrderWithoutDuplicates()
    {
        var project = Policy(IamRoles.Viewer, "user:alice@example.com");
        var image = Policy(IamRoles.ComputeImageUser, "domain:example.com");

        var granted = IamPolicyEvaluator.GrantedPermissions([project, image], Alice,
            ["compute.images.delete", "compute.images.useReadOnly", "compute.images.get", "compute.images.useReadOnly", "compute.nonsense.x"], Now);

        Assert.Equal(["compute.images.useReadOnly", "compute.images.get"], granted);
    }

    [Fact]
    public void GrantedPermissions_NoPolicies_IsEmpty()
    {
        Assert.Empty(IamPolicyEvaluator.GrantedPermissions([], Alice, ["compute.images.get"], Now));
    }
}
