using MachineImagesConsole.Authentication;

namespace MachineImagesConsole.Tests.Authentication;

public sealed class AccountEndpointsTests
{
    [Theory]
    [InlineData("/machine-images?project=acme-prod", "/machine-images?project=acme-prod")]
    [InlineData("/", "/")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://evil.example.com/", "/")]
    [InlineData("//evil.example.com/", "/")]
    [InlineData("/\\evil.example.com/", "/")]
    [InlineData("machine-images", "/")]
    public void SafeReturnUrl_Input_OnlyLocalPathsSurvive(string? input, string expected)
        => Assert.Equal(expected, AccountEndpoints.SafeReturnUrl(input));
}
