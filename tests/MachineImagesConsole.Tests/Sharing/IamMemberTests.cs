using MachineImagesConsole.Model.Sharing;

namespace MachineImagesConsole.Tests.Sharing;

public sealed class IamMemberTests
{
    [Theory]
    [InlineData("user:ana@example.com", IamMemberKind.User, "ana@example.com")]
    [InlineData("  group:ops@example.com ", IamMemberKind.Group, "ops@example.com")]
    [InlineData("serviceAccount:ci@acme-prod.iam.gserviceaccount.com", IamMemberKind.ServiceAccount, "ci@acme-prod.iam.gserviceaccount.com")]
    [InlineData("domain:example.com", IamMemberKind.Domain, "example.com")]
    [InlineData("allAuthenticatedUsers", IamMemberKind.AllAuthenticatedUsers, "")]
    public void TryParse_ValidMember_ReturnsKindAndId(string input, IamMemberKind kind, string id)
    {
        Assert.True(IamMember.TryParse(input, out var member, out var error), error);
        Assert.Equal(kind, member.Kind);
        Assert.Equal(id, member.Id);
        Assert.Equal(input.Trim(), member.Value);
    }

    [Theory]
    [InlineData("", "Enter a member")]
    [InlineData("ana@example.com", "user:ana@example.com")]
    [InlineData("allUsers", "allAuthenticatedUsers")]
    [InlineData("User:ana@example.com", "not a member type")]
    [InlineData("user:ana", "not an e-mail")]
    [InlineData("user:ana@@example.com", "not an e-mail")]
    [InlineData("user:ana @example.com", "not an e-mail")]
    [InlineData("serviceAccount:ci@example.com", "gserviceaccount.com")]
    [InlineData("domain:example", "not a domain")]
    [InlineData("domain:-bad.com", "not a domain")]
    [InlineData("principal://iam.googleapis.com/x", "not a member type")]
    public void TryParse_InvalidMember_ExplainsWhy(string input, string hint)
    {
        Assert.False(IamMember.TryParse(input, out var member, out var error));
        Assert.Null(member);
        Assert.Contains(hint, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deleted:user:old@example.com?uid=1", IamMemberKind.Other, "deleted")]
    [InlineData("user:ana@example.com", IamMemberKind.User, "user")]
    [InlineData("allAuthenticatedUsers", IamMemberKind.AllAuthenticatedUsers, "allAuthenticatedUsers")]
    public void FromPolicy_AnyMember_ShowsItsType(string value, IamMemberKind kind, string label)
    {
        var member = IamMember.FromPolicy(value);
        Assert.Equal(kind, member.Kind);
        Assert.Equal(label, member.KindLabel);
    }
}
