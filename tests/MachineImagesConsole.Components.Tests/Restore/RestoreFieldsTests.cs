using Bunit;
using MachineImagesConsole.Components.Pages.Restore;
using MachineImagesConsole.Components.Tests.Infrastructure;
using MachineImagesConsole.Model.Restore;

namespace MachineImagesConsole.Components.Tests.Restore;

/// <summary>The restore wizard's fields: each message appears beside its field before anything is submitted.</summary>
public sealed class RestoreFieldsTests : MachineImagesConsole.Components.Tests.Dashboards.DashboardTestContext
{
    private static RestoreRequest Request() => new()
    {
        SourceProject = "acme-prod",
        MachineImage = "web-1-nightly",
        TargetProject = "acme-prod",
        Zone = "us-central1-a",
        Name = "web-1-restore",
        MachineType = "e2-standard-4",
        Network = "default",
        Subnetwork = "default",
    };

    private static async Task<bool> ValidateAsync(IRenderedComponent<RestoreFields> cut)
    {
        var valid = false;
        await cut.InvokeAsync(async () => valid = await cut.Instance.ValidateStepAsync());
        return valid;
    }

    private IRenderedComponent<RestoreFields> RenderStep(RestoreRequest request, int step) => Render<RestoreFields>(p => p
        .Add(x => x.Request, request)
        .Add(x => x.Step, step)
        .Add(x => x.Projects, ["acme-prod", "acme-staging"])
        .Add(x => x.Zones, ["us-central1-a", "us-central1-b"])
        .Add(x => x.MachineTypes, ["e2-standard-4", "n2-standard-2"])
        .Add(x => x.Networks, ["default", "prod-vpc"])
        .Add(x => x.Subnetworks, ["default"]));

    [Fact]
    public async Task Name_InvalidTyped_MessageBesideFieldAndStepInvalid()
    {
        var request = Request();
        var cut = RenderStep(request, 0);

        cut.Find("input[data-testid=name]").Input("Web_1");

        cut.WaitForAssertion(() => Assert.Contains("Instance name must start with a lowercase letter.", cut.Markup, StringComparison.Ordinal));
        Assert.False(await ValidateAsync(cut));
        Assert.Equal("Web_1", request.Name);
    }

    [Fact]
    public async Task ValidateStep_EmptyName_ShowsMessageWithoutTyping()
    {
        var request = Request();
        request.Name = "";
        var cut = RenderStep(request, 0);
        Assert.DoesNotContain("Instance name is required.", cut.Markup, StringComparison.Ordinal);

        var valid = await ValidateAsync(cut);

        Assert.False(valid);
        cut.WaitForAssertion(() => Assert.Contains("Instance name is required.", cut.Markup, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(3, 4096, "vCPUs must be 1 or an even number")]
    [InlineData(98, 98 * 1024, "vCPUs must be between 1 and 96")]
    [InlineData(4, 1000, "multiple of 256 MB")]
    [InlineData(4, 1792, "at least 0.5 GB per vCPU")]
    [InlineData(4, 33024, "at most 8 GB per vCPU")]
    public async Task CustomMachineType_BreaksRule_MessageBesideField(int vcpus, int memoryMb, string message)
    {
        var request = Request();
        request.UseCustomMachineType = true;
        var cut = RenderStep(request, 1);

        cut.Find("input[data-testid=custom-vcpus]").Input(vcpus.ToString(System.Globalization.CultureInfo.InvariantCulture));
        cut.Find("input[data-testid=custom-memory]").Input(memoryMb.ToString(System.Globalization.CultureInfo.InvariantCulture));

        cut.WaitForAssertion(() => Assert.Contains(message, cut.Markup, StringComparison.Ordinal));
        Assert.False(await ValidateAsync(cut));
    }

    [Fact]
    public async Task CustomMachineType_Valid_StepValidAndNameBuilt()
    {
        var request = Request();
        request.UseCustomMachineType = true;
        var cut = RenderStep(request, 1);

        cut.Find("input[data-testid=custom-vcpus]").Input("4");
        cut.Find("input[data-testid=custom-memory]").Input("8192");

        cut.WaitForAssertion(() => Assert.Equal(8192, request.CustomMemoryMb));
        var valid = await ValidateAsync(cut);
        Assert.True(valid);
        Assert.Equal("n2-custom-4-8192", request.EffectiveMachineType);
    }

    [Fact]
    public async Task Metadata_StartupScriptKeyAddedByHand_RefusedBesideTheList()
    {
        var request = Request();
        request.Metadata.Add(new MetadataEntry { Key = "startup-script", Value = "echo" });
        var cut = RenderStep(request, 3);

        var valid = await ValidateAsync(cut);

        Assert.False(valid);
        cut.WaitForAssertion(() => Assert.Contains("startup-script editor", cut.Find("[data-testid=metadata-error]").TextContent, StringComparison.Ordinal));
    }
}
