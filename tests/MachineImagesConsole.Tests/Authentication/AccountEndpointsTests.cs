using MachineImagesConsole.Authentication;

namespace MachineImagesConsole.Tests.Authentication;

public sealed class AccountEndpointsTests
{
    [Theory]
    [InlineData("/machine-images?project=acme-prod", "/machine-images?project=acme-prod")]
    [InlineData("/machine-images?project=acme-prod&filter=name%20%3D%20web-%2A", "/machine-images?project=acme-prod&filter=name%20%3D%20web-%2A")]
    [InlineData("/operations#recent", "/operations#recent")]
    [InlineData("/", "/")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://evil.example.com/", "/")]
    [InlineData("//evil.example.com/", "/")]
    [InlineData("/\\evil.example.com/", "/")]
    [InlineData("machine-images", "/")]
    public void SafeReturnUrl_Input_OnlyLocalPathsSurvive(string? input, string expected)
        => Assert.Equal(expected, AccountEndpoints.SafeReturnUrl(input));

    [Fact]
    public void HostileCorpus_HasAtLeastThirtyPayloads() => Assert.True(HostileReturnUrls.All.Count >= 30, $"{HostileReturnUrls.All.Count} payloads");

    [Theory]
    [MemberData(nameof(HostileReturnUrls.Data), MemberType = typeof(HostileReturnUrls))]
    public void SafeReturnUrl_HostilePayloadAsTheQueryBinderDecodesIt_IsRoot(string raw)
        => Assert.Equal("/", AccountEndpoints.SafeReturnUrl(Uri.UnescapeDataString(raw)));
}
