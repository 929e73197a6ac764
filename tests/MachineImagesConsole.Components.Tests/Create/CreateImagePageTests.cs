using Bunit;
using MachineImagesConsole.Components.Pages.Create;
using MachineImagesConsole.Components.Tests.Dashboards;
using MachineImagesConsole.Components.Tests.Infrastructure;
using MachineImagesConsole.Model.Create;
using MudBlazor;

namespace MachineImagesConsole.Components.Tests.Create;

public sealed class CreateImagePageTests : CreateTestContext
{
    public CreateImagePageTests()
    {
        Backend
            .On("projects/acme-prod/zones", """{"items":[{"name":"us-central1-a"}]}""")
            .On("projects/acme-prod/regions", """{"items":[{"name":"us-central1"}]}""")
            .On("projects/acme-prod/global/snapshots", """{"items":[]}""")
            .On("projects/acme-prod/global/images", ComputeJson.List("compute#imageList", ComputeJson.Image("web-v1", family: "web")));
        NavigateTo("/images/create?project=acme-prod");
    }

    [Theory]
    [InlineData("http://bucket/disk.tar.gz")]
    [InlineData("gs://bucket")]
    [InlineData("gs://Bad_Bucket/disk.tar.gz")]
    public async Task SourceStep_BadCloudStorageUri_ShowsTheMessageBesideTheSourceAndStays(string uri)
    {
        await UsePipelineAsync();
        var cut = await RenderAtCloudStorageAsync();

        cut.Find("input[data-testid=gcs-uri]").Input(uri);
        await NextAsync(cut);

        var expected = CreateValidation.ValidateGcsUri(uri);
        Assert.NotNull(expected);
        cut.WaitForAssertion(() => Assert.Contains(expected, ControlOf(cut, "gcs-uri").TextContent, StringComparison.Ordinal));
        cut.WaitForAssertion(() => Assert.Equal("wizard-step-0", CurrentStep(cut)));
        Assert.Empty(Writes);
    }

    [Fact]
    public async Task NameStep_BadNameAndFamily_ShowMessagesBesideTheirFieldsAndWriteNothing()
    {
        await UsePipelineAsync();
        var cut = await RenderAtCloudStorageAsync();
        cut.Find("input[data-testid=gcs-uri]").Input("gs://acme-images/web.tar.gz");
        await NextAsync(cut);
        cut.WaitForAssertion(() => Assert.Equal("wizard-step-1", CurrentStep(cut)));

        cut.Find("input[data-testid=name]").Input("web-v1"); // taken
        cut.Find("input[data-testid=family]").Input("Web_Family");

        var nameError = CreateValidation.ValidateNewName("web-v1", ["web-v1"], "Name");
        var familyError = CreateValidation.ValidateFamily("Web_Family");
        Assert.NotNull(nameError);
        Assert.NotNull(familyError);
        cut.WaitForAssertion(() =>
        {
            Assert.Contains(nameError, ControlOf(cut, "name").TextContent, StringComparison.Ordinal);
            Assert.Contains(familyError, ControlOf(cut, "family").TextContent, StringComparison.Ordinal);
        });
        await NextAsync(cut);
        cut.WaitForAssertion(() => Assert.Equal("wizard-step-1", CurrentStep(cut)));
        Assert.Empty(Writes);
    }

    [Fact]
    public async Task NameStep_ValidInput_ClearsTheMessagesAndMovesOn()
    {
        await UsePipelineAsync();
        var cut = await RenderAtCloudStorageAsync();
        cut.Find("input[data-testid=gcs-uri]").Input("gs://acme-images/web.tar.gz");
        await NextAsync(cut);
        cut.Find("input[data-testid=name]").Input("Bad_Name");
        cut.WaitForAssertion(() => Assert.NotEmpty(ControlOf(cut, "name").QuerySelectorAll(".mud-input-error")));

        cut.Find("input[data-testid=name]").Input("web-v2");
        cut.WaitForAssertion(() => Assert.Empty(ControlOf(cut, "name").QuerySelectorAll(".mud-input-error")));
        await NextAsync(cut);

        // Next validates the whole step first (MudForm.ValidateAsync), then moves on.
        cut.WaitForAssertion(() => Assert.Equal("wizard-step-2", CurrentStep(cut)));
        Assert.Empty(Writes);
    }

    private async Task<IRenderedComponent<ContainerFragment>> RenderAtCloudStorageAsync()
    {
        var cut = RenderWithPopovers<CreateImagePage>();
        cut.WaitForElement("[data-testid=wizard-next]");
        var kind = cut.FindComponents<MudRadioGroup<ImageSourceKind>>().Single();
        await cut.InvokeAsync(() => kind.Instance.ValueChanged.InvokeAsync(ImageSourceKind.CloudStorage));
        cut.WaitForElement("input[data-testid=gcs-uri]");
        return cut;
    }
}
