using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Iam;

namespace MachineImagesConsole.LocalCloud.Tests.Iam;

public sealed class IamEtagTests
{
    private const string Policy = """
        {"version":3,"bindings":[
          {"role":"roles/viewer","members":["user:a@example.com","group:g@example.com"]},
          {"role":"roles/compute.imageUser","members":["allAuthenticatedUsers"],
           "condition":{"title":"t","expression":"request.time < timestamp(\"2025-06-01T00:00:00Z\")"}}
        ]}
        """;

    private static string EtagOf(string json) => IamEtag.Compute(JsonNode.Parse(json)!.AsObject());

    [Fact]
    public void Compute_SamePolicy_IsStableAndLooksLikeGoogles()
    {
        var first = EtagOf(Policy);

        Assert.Equal(first, EtagOf(Policy));
        Assert.Equal(12, first.Length);
        Assert.Equal(8, Convert.FromBase64String(first).Length);
    }

    [Fact]
    public void Compute_KeyMemberAndBindingOrder_DoNotMatter()
    {
        const string reordered = """
            {"bindings":[
              {"condition":{"expression":"request.time < timestamp(\"2025-06-01T00:00:00Z\")","title":"t"},
               "members":["allAuthenticatedUsers"],"role":"roles/compute.imageUser"},
              {"members":["group:g@example.com","user:a@example.com"],"role":"roles/viewer"}
            ],"version":3}
            """;

        Assert.Equal(EtagOf(Policy), EtagOf(reordered));
    }

    [Fact]
    public void Compute_ExistingEtag_IsIgnored()
    {
        var withEtag = JsonNode.Parse(Policy)!.AsObject();
        withEtag["etag"] = "BwXhqDwgV0k=";

        Assert.Equal(EtagOf(Policy), IamEtag.Compute(withEtag));
    }

    [Theory]
    [InlineData("user:a@example.com", "user:b@example.com")]
    [InlineData("\"roles/viewer\"", "\"roles/editor\"")]
    [InlineData("\"version\":3", "\"version\":1")]
    [InlineData("2025-06-01", "2025-06-02")]
    [InlineData("\"title\":\"t\"", "\"title\":\"u\"")]
    [InlineData(",\"group:g@example.com\"", "")]
    public void Compute_ContentChange_ChangesEtag(string from, string to)
    {
        var changed = Policy.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Policy, changed);

        Assert.NotEqual(EtagOf(Policy), EtagOf(changed));
    }

    [Fact]
    public void Compute_EmptyPolicy_HasEtag()
    {
        Assert.NotEqual(EtagOf("{}"), EtagOf("""{"version":1}"""));
        Assert.Equal(EtagOf("{}"), EtagOf("""{"etag":"x"}"""));
    }
}
