using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Iam;

namespace MachineImagesConsole.LocalCloud.Tests.Iam;

public sealed class IamPolicyValidatorTests
{
    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"bindings":[]}""")]
    [InlineData("""{"version":1,"etag":"BwXhqDwgV0k=","bindings":[{"role":"roles/compute.imageUser","members":["user:a@example.com","group:g@example.com","domain:example.com","serviceAccount:sa@p.iam.gserviceaccount.com","allAuthenticatedUsers","allUsers"]}]}""")]
    [InlineData("""{"version":0,"bindings":[{"role":"projects/acme-prod/roles/imageReader","members":["deleted:user:a@example.com?uid=123456"]}]}""")]
    [InlineData("""{"version":1,"bindings":[{"role":"organizations/123/roles/custom.role","members":["serviceAccount:acme-prod.svc.id.goog[ns/ksa]"]}]}""")]
    [InlineData("""{"version":3,"bindings":[{"role":"roles/editor","members":["user:a@example.com"],"condition":{"title":"until June","expression":"request.time < timestamp(\"2025-06-01T00:00:00Z\")"}}]}""")]
    public void Validate_ValidPolicy_ReturnsNull(string json)
    {
        Assert.Null(IamPolicyValidator.Validate(JsonNode.Parse(json)!.AsObject()));
    }

    [Theory]
    [InlineData("""{"version":2}""", "Invalid policy version 2")]
    [InlineData("""{"version":"3"}""", "Policy version must be an integer")]
    [InlineData("""{"bindings":{}}""", "'bindings' must be an array")]
    [InlineData("""{"bindings":["x"]}""", "Binding #0 must be an object")]
    [InlineData("""{"bindings":[{"members":["user:a@example.com"]}]}""", "Binding #0 has no role")]
    [InlineData("""{"bindings":[{"role":" ","members":["user:a@example.com"]}]}""", "Binding #0 has no role")]
    [InlineData("""{"bindings":[{"role":"roles/compute.machineImageUser","members":["user:a@example.com"]}]}""", "Role roles/compute.machineImageUser (binding #0) is not supported")]
    [InlineData("""{"bindings":[{"role":"owner","members":["user:a@example.com"]}]}""", "Role 'owner' (binding #0) is not a valid role name")]
    [InlineData("""{"bindings":[{"role":"projects/P/roles/x","members":["user:a@example.com"]}]}""", "is not a valid role name")]
    [InlineData("""{"bindings":[{"role":"roles/viewer"}]}""", "Binding #0 for roles/viewer has no members")]
    [InlineData("""{"bindings":[{"role":"roles/viewer","members":[]}]}""", "has no members")]
    [InlineData("""{"bindings":[{"role":"roles/viewer","members":[1]}]}""", "a member that is not a string")]
    [InlineData("""{"bindings":[{"role":"roles/viewer","members":["alice@example.com"]}]}""", "Invalid member 'alice@example.com' in binding #0 for roles/viewer: expected one of user:EMAIL")]
    [InlineData("""{"bindings":[{"role":"roles/viewer","members":["user:alice"]}]}""", "'alice' is not an email address")]
    [InlineData("""{"bindings":[{"role":"roles/viewer","members":["group:@example.com"]}]}""", "'@example.com' is not an email address")]
    [InlineData("""{"bindings":[{"role":"roles/viewer","members":["serviceAccount:robot"]}]}""", "is not a service account email")]
    [InlineData("""{"bindings":[{"role":"roles/viewer","members":["domain:example"]}]}""", "'example' is not a domain name")]
    [InlineData("""{"bindings":[{"role":"roles/viewer","members":["domain:user@example.com"]}]}""", "is not a domain name")]
    [InlineData("""{"bindings":[{"role":"roles/viewer","members":["deleted:user:a@example.com"]}]}""", "deleted members look like")]
    [InlineData("""{"bindings":[{"role":"roles/viewer","members":["robot:a@example.com"]}]}""", "unknown member type 'robot'")]
    [InlineData("""{"bindings":[{"role":"roles/viewer","members":["allusers"]}]}""", "Invalid member 'allusers'")]
    [InlineData("""{"version":1,"bindings":[{"role":"roles/viewer","members":["user:a@example.com"],"condition":{"title":"t","expression":"request.time < timestamp(\"2025-06-01T00:00:00Z\")"}}]}""", "requires policy version 3 (the policy has version 1)")]
    [InlineData("""{"bindings":[{"role":"roles/viewer","members":["user:a@example.com"],"condition":{"title":"t","expression":"request.time < timestamp(\"2025-06-01T00:00:00Z\")"}}]}""", "requires policy version 3 (the policy has version 0)")]
    [InlineData("""{"version":3,"bindings":[{"role":"roles/viewer","members":["user:a@example.com"],"condition":"x"}]}""", "'condition' must be an object")]
    [InlineData("""{"version":3,"bindings":[{"role":"roles/viewer","members":["user:a@example.com"],"condition":{"expression":"request.time < timestamp(\"2025-06-01T00:00:00Z\")"}}]}""", "a condition needs a title")]
    [InlineData("""{"version":3,"bindings":[{"role":"roles/viewer","members":["user:a@example.com"],"condition":{"title":"t"}}]}""", "a condition needs an expression")]
    [InlineData("""{"version":3,"bindings":[{"role":"roles/viewer","members":["user:a@example.com"],"condition":{"title":"t","expression":"resource.name == \"x\""}}]}""", "is not supported; LocalCloud evaluates request.time")]
    [InlineData("""{"version":1,"bindings":[{"role":"roles/viewer","members":["user:a@example.com"]},{"role":"roles/bogus","members":["user:a@example.com"]}]}""", "(binding #1)")]
    public void Validate_InvalidPolicy_ReturnsMessage(string json, string expectedFragment)
    {
        var message = IamPolicyValidator.Validate(JsonNode.Parse(json)!.AsObject());

        Assert.NotNull(message);
        Assert.Contains(expectedFragment, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TooManyMembers_ReturnsMessage()
    {
        var policy = new JsonObject
        {
            ["version"] = 1,
            ["bindings"] = new JsonArray(
                Binding("roles/viewer", 1000, "v"),
                Binding("roles/compute.imageUser", 501, "u")),
        };

        Assert.Equal("The policy has 1501 members across its bindings; at most 1500 are allowed.", IamPolicyValidator.Validate(policy));
    }

    [Fact]
    public void Validate_ExactlyMaxMembers_IsAccepted()
    {
        var policy = new JsonObject
        {
            ["bindings"] = new JsonArray(Binding("roles/viewer", 1000, "v"), Binding("roles/compute.imageUser", 500, "u")),
        };

        Assert.Null(IamPolicyValidator.Validate(policy));
    }

    private static JsonObject Binding(string role, int count, string prefix) => new()
    {
        ["role"] = role,
        ["members"] = new JsonArray(Enumerable.Range(0, count).Select(i => (JsonNode?)JsonValue.Create($"user:{prefix}{i}@example.com")).ToArray()),
    };
}
