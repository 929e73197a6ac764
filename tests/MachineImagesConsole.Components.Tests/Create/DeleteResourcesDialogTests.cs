using Bunit;
using MachineImagesConsole.Components.Dialogs;
using MachineImagesConsole.Components.Tests.Infrastructure;
using MachineImagesConsole.Model.Delete;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MachineImagesConsole.Components.Tests.Create;

public sealed class DeleteResourcesDialogTests : CreateTestContext
{
    [Theory]
    [InlineData("nightly")]          // a prefix
    [InlineData("NIGHTLY-WEB")]      // case matters
    [InlineData("nightly-web2")]
    public async Task OneName_WrongText_DeleteStaysDisabledAndSaysItDoesNotMatch(string typed)
    {
        var cut = await OpenAsync(DeleteResourceKind.MachineImage, "nightly-web");

        cut.Find("input[data-testid=delete-confirmation]").Input(typed);

        Assert.True(cut.Find("[data-testid=delete-submit]").HasAttribute("disabled"));
        Assert.Contains("That does not match yet.", cut.Find("input[data-testid=delete-confirmation]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        cut.Find("[data-testid=delete-submit]").Click();
        Assert.Empty(cut.FindAll("[data-testid^=delete-item-]"));
        Assert.Empty(Writes);
    }

    [Fact]
    public async Task OneName_NothingTyped_DeleteDisabledWithoutAMessage()
    {
        var cut = await OpenAsync(DeleteResourceKind.Image, "web-v1");

        Assert.True(cut.Find("[data-testid=delete-submit]").HasAttribute("disabled"));
        Assert.DoesNotContain("does not match", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Type the image's name, web-v1, to confirm.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneName_ExactName_EnablesDelete()
    {
        var cut = await OpenAsync(DeleteResourceKind.Image, "web-v1");

        cut.Find("input[data-testid=delete-confirmation]").Input("web-v1");

        Assert.False(cut.Find("[data-testid=delete-submit]").HasAttribute("disabled"));
        Assert.Empty(Writes);
    }

    [Theory]
    [InlineData("2", false)]             // not the count
    [InlineData("delete 2 images", false)]
    [InlineData("3", true)]
    [InlineData("Delete 3 images", true)]
    public async Task SeveralNames_CountOrPhrase_EnablesDeleteOnlyWhenRight(string typed, bool enabled)
    {
        var cut = await OpenAsync(DeleteResourceKind.Image, "web-v1", "web-v2", "web-v3");

        cut.Find("input[data-testid=delete-confirmation]").Input(typed);

        Assert.Equal(!enabled, cut.Find("[data-testid=delete-submit]").HasAttribute("disabled"));
        Assert.Empty(Writes);
    }

    [Fact]
    public async Task Delete_ProtectedMachineImage_SaysWhyInPlainWordsWithoutReasonCodesAndSendsNothing()
    {
        Authorization.SetClaims(
            new System.Security.Claims.Claim(MachineImagesConsole.Authentication.ConsoleClaimTypes.Email, "operator@example.com"),
            new System.Security.Claims.Claim(MachineImagesConsole.Authentication.ConsoleClaimTypes.SessionId, "session-1"),
            new System.Security.Claims.Claim(MachineImagesConsole.Authentication.ConsoleRoles.ClaimType, MachineImagesConsole.Authentication.ConsoleRoles.Operator));
        Backend.On("projects/acme-prod/global/machineImages/nightly-web", Dashboards.ComputeJson.MachineImage("nightly-web").ToJsonString());
        await UsePipelineAsync();
        var cut = await OpenAsync(DeleteResourceKind.MachineImage, "nightly-web");
        // An Admin protects it after the dialog opened (the dialog's own check passed): the delete itself is refused.
        await Services.GetRequiredService<MachineImagesConsole.Model.Lifecycle.ProtectionStore>().ProtectAsync(
            new MachineImagesConsole.Model.Sharing.ResourceTarget(MachineImagesConsole.Model.Sharing.ResourceKind.MachineImage, "acme-prod", "nightly-web"),
            "admin@example.com", "quarterly audit", CancellationToken.None);

        cut.Find("input[data-testid=delete-confirmation]").Input("nightly-web");
        cut.Find("[data-testid=delete-submit]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=delete-item-error]")), TimeSpan.FromSeconds(10));
        var shown = cut.Find("[data-testid=delete-item-error]");
        Assert.Equal("Protected", cut.Find("[data-testid=submit-error]").GetAttribute("data-kind"));
        Assert.Contains("It is protected (by admin@example.com: quarterly audit)", cut.Find("[data-testid=submit-error-message]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Remove the protection", cut.Find("[data-testid=submit-error-advice]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("(reasons:", shown.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("deleteBlocked", cut.Find("[data-testid=submit-error-message]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=submit-retry]")); // sending the same request again cannot help
        Assert.Empty(Writes);
    }

    private async Task<IRenderedComponent<ContainerFragment>> OpenAsync(DeleteResourceKind kind, params string[] names)
    {
        await UsePipelineAsync();
        var cut = Render<ContainerFragment>(p => p.AddChildContent(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
        }));
        var dialogs = Services.GetRequiredService<IDialogService>();
        await cut.InvokeAsync(() => dialogs.ShowAsync<DeleteResourcesDialog>("Delete", new DialogParameters<DeleteResourcesDialog>
        {
            { d => d.Kind, kind },
            { d => d.Project, "acme-prod" },
            { d => d.Names, names },
        }));
        cut.WaitForElement("input[data-testid=delete-confirmation]");
        return cut;
    }
}
