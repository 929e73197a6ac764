using System.Text.Json.Nodes;
using Bunit;
using MachineImagesConsole.Components.Pages.Create;
using MachineImagesConsole.Components.Tests.Dashboards;
using MachineImagesConsole.Components.Tests.Infrastructure;
using MachineImagesConsole.Compute.Validation;
using MachineImagesConsole.Model.Create;
using MudBlazor;

namespace MachineImagesConsole.Components.Tests.Create;

public sealed class CreateMachineImagePageTests : CreateTestContext
{
    private const string Zone = "us-central1-a";

    public CreateMachineImagePageTests()
    {
        Backend
            .On("projects/acme-prod/zones", """{"items":[{"name":"us-central1-a"},{"name":"us-east1-b"}]}""")
            .On("projects/acme-prod/regions", """{"items":[{"name":"us-central1"},{"name":"us-east1"}]}""")
            .On("projects/acme-prod/global/instanceTemplates", """{"items":[]}""")
            .On("projects/acme-prod/global/operations", """{"items":[]}""")
            .On("projects/acme-prod/global/machineImages", ComputeJson.List("compute#machineImageList", ComputeJson.MachineImage("nightly-web", instance: "other-vm")))
            .On("projects/acme-prod/aggregated/instances", new JsonObject
            {
                ["items"] = new JsonObject
                {
                    ["zones/" + Zone] = new JsonObject
                    {
                        ["instances"] = new JsonArray(
                            Instance("web-1", "RUNNING", 50, 20),
                            Instance("huge-1", "TERMINATED", 8000, 4000)),
                    },
                },
            }.ToJsonString());
        NavigateTo("/machine-images/create?project=acme-prod");
    }

    [Fact]
    public async Task SourceStep_NextWithoutAVm_ShowsTheMessageBesideTheSourceAndStays()
    {
        await UsePipelineAsync();
        var cut = RenderWithPopovers<CreateMachineImagePage>();
        cut.WaitForElement("[data-testid=wizard-next]");

        await NextAsync(cut);

        var expected = new CreateMachineImageViewModel { Project = "acme-prod" }.Validate([], [])[CreateMachineImageViewModel.SourceField];
        // Next awaits the form's validation before it shows the message: wait for it, don't expect it on the same render.
        var message = cut.WaitForElement("[data-testid=source-error]");
        Assert.Equal("alert", message.GetAttribute("role"));
        Assert.Equal(expected, message.TextContent.Trim());
        cut.WaitForAssertion(() => Assert.Equal("wizard-step-0", CurrentStep(cut)));
        Assert.Empty(Writes);
    }

    [Theory]
    [InlineData("Bad_Name")]
    [InlineData("1-starts-with-a-digit")]
    [InlineData("nightly-web")] // taken in the project
    public async Task NameStep_BadName_ShowsTheMessageBesideTheFieldAndWritesNothing(string name)
    {
        await UsePipelineAsync();
        var cut = RenderWithPopovers<CreateMachineImagePage>();
        await ChooseVmAsync(cut, "web-1");
        await NextAsync(cut);
        cut.WaitForAssertion(() => Assert.Equal("wizard-step-1", CurrentStep(cut)));

        cut.Find("input[data-testid=name]").Input(name);

        var expected = CreateValidation.ValidateNewName(name, ["nightly-web"], "Name");
        Assert.NotNull(expected);
        cut.WaitForAssertion(() => Assert.Contains(expected, ControlOf(cut, "name").TextContent, StringComparison.Ordinal));
        await NextAsync(cut);
        cut.WaitForAssertion(() => Assert.Equal("wizard-step-1", CurrentStep(cut)));
        Assert.Empty(Writes);
    }

    [Fact]
    public async Task LocationStep_BadKmsKey_ShowsTheFormatBesideTheFieldAndStays()
    {
        await UsePipelineAsync();
        var cut = RenderWithPopovers<CreateMachineImagePage>();
        await ChooseVmAsync(cut, "web-1");
        await NextAsync(cut);
        cut.Find("input[data-testid=name]").Input("web-1-backup");
        await NextAsync(cut);
        cut.WaitForAssertion(() => Assert.Equal("wizard-step-2", CurrentStep(cut)));

        var encryption = cut.FindComponents<MudRadioGroup<EncryptionChoice>>().Single();
        await cut.InvokeAsync(() => encryption.Instance.ValueChanged.InvokeAsync(EncryptionChoice.CloudKms));
        cut.Find("input[data-testid=kms-key]").Input("my-key");

        var expected = CreateValidation.ValidateKmsKeyName("my-key");
        Assert.NotNull(expected);
        cut.WaitForAssertion(() => Assert.Contains(expected, ControlOf(cut, "kms-key").TextContent, StringComparison.Ordinal));
        await NextAsync(cut);
        cut.WaitForAssertion(() => Assert.Equal("wizard-step-2", CurrentStep(cut)));
        Assert.Empty(Writes);
    }

    [Fact]
    public async Task ReviewStep_PreflightFails_ShowsThePlainMessageAndSubmitIsDisabled()
    {
        await UsePipelineAsync();
        var cut = RenderWithPopovers<CreateMachineImagePage>();
        await ChooseVmAsync(cut, "huge-1");
        await NextAsync(cut);
        cut.Find("input[data-testid=name]").Input("huge-1-backup");
        await NextAsync(cut);
        await NextAsync(cut);

        cut.WaitForAssertion(() => Assert.Equal("false", cut.Find("[data-testid=preflight-total-size]").GetAttribute("data-passed")), TimeSpan.FromSeconds(10));
        var size = cut.Find("[data-testid=preflight-total-size]").TextContent;
        Assert.Contains("12,000 GB", size, StringComparison.Ordinal);
        Assert.Contains("at most 10 TB", size, StringComparison.Ordinal);
        Assert.Equal("true", cut.Find("[data-testid=preflight-disks]").GetAttribute("data-passed"));
        Assert.True(cut.Find("[data-testid=wizard-submit]").HasAttribute("disabled"));

        cut.Find("[data-testid=wizard-submit]").Click();
        Assert.Empty(Writes);
        Assert.DoesNotContain(Backend.Requests, u => u.AbsolutePath.EndsWith("/global/machineImages", StringComparison.Ordinal) && u.Query.Contains("requestId", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReviewStep_SixMachineImagesOfTheSameVmThisHour_RateCheckFailsWithWhenToRetry()
    {
        // Compute allows one per 10 minutes with bursts of up to 6 an hour: the burst is used up.
        Backend.On("projects/acme-prod/global/machineImages", ComputeJson.List("compute#machineImageList",
            [.. Enumerable.Range(1, 6).Select(i => ComputeJson.MachineImage($"web-1-{i}", instance: "web-1",
                created: DateTimeOffset.UtcNow.AddMinutes(-i).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture)))]));
        await UsePipelineAsync();
        var cut = RenderWithPopovers<CreateMachineImagePage>();
        await ChooseVmAsync(cut, "web-1");
        await NextAsync(cut);
        cut.Find("input[data-testid=name]").Input("web-1-b");
        await NextAsync(cut);
        await NextAsync(cut);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=preflight-instance-rate]")), TimeSpan.FromSeconds(10));
        var rate = cut.Find("[data-testid=preflight-instance-rate]");
        Assert.Equal("false", rate.GetAttribute("data-passed"));
        Assert.Contains("one per 10 minutes", rate.TextContent, StringComparison.Ordinal);
        Assert.Contains("Try again in about", rate.TextContent, StringComparison.Ordinal);
        Assert.True(cut.Find("[data-testid=wizard-submit]").HasAttribute("disabled"));
        Assert.Empty(Writes);
    }

    [Fact]
    public async Task Submit_ComputeRefusesTheName_ShowsTheReasonAndTryAgainReusesTheRequestId()
    {
        Backend.OnPostError("projects/acme-prod/global/machineImages", 409, "alreadyExists",
            "The resource 'projects/acme-prod/global/machineImages/web-1-backup' already exists");
        Authorization.SetClaims(
            new System.Security.Claims.Claim(MachineImagesConsole.Authentication.ConsoleClaimTypes.Email, "operator@example.com"),
            new System.Security.Claims.Claim(MachineImagesConsole.Authentication.ConsoleClaimTypes.SessionId, "session-1"),
            new System.Security.Claims.Claim(MachineImagesConsole.Authentication.ConsoleRoles.ClaimType, MachineImagesConsole.Authentication.ConsoleRoles.Operator));
        await UsePipelineAsync();
        var cut = RenderWithPopovers<CreateMachineImagePage>();
        await ChooseVmAsync(cut, "web-1");
        await NextAsync(cut);
        cut.Find("input[data-testid=name]").Input("web-1-backup");
        await NextAsync(cut);
        await NextAsync(cut);
        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid=wizard-submit]").HasAttribute("disabled")), TimeSpan.FromSeconds(10));

        cut.Find("[data-testid=wizard-submit]").Click();

        cut.WaitForAssertion(() => Assert.Equal("alreadyExists", cut.Find("[data-testid=submit-error-reasons]").TextContent.Trim()), TimeSpan.FromSeconds(10));
        Assert.Contains("already exists", cut.Find("[data-testid=submit-error]").TextContent, StringComparison.Ordinal);
        cut.Find("[data-testid=submit-retry]").Click();
        cut.WaitForAssertion(() => Assert.Equal(2, Inserts().Count), TimeSpan.FromSeconds(10));
        var requestIds = Inserts().Select(u => System.Web.HttpUtility.ParseQueryString(u.Query)["requestId"]).ToList();
        Assert.NotNull(requestIds[0]);
        Assert.Equal(requestIds[0], requestIds[1]);
    }

    private List<Uri> Inserts() => [.. Backend.Requests.Where(u => u.AbsolutePath.EndsWith("/global/machineImages", StringComparison.Ordinal) && u.Query.Contains("requestId", StringComparison.Ordinal))];

    private static async Task ChooseVmAsync(IRenderedComponent<ContainerFragment> cut, string name)
    {
        cut.WaitForElement("[data-testid=wizard-next]");
        var zone = cut.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Zone");
        await cut.InvokeAsync(() => zone.Instance.ValueChanged.InvokeAsync(Zone));
        cut.WaitForAssertion(() => Assert.Contains(name, cut.Find("[data-testid=source-instances]").TextContent, StringComparison.Ordinal));
        var vm = cut.FindComponents<MudRadioGroup<string>>().Single();
        await cut.InvokeAsync(() => vm.Instance.ValueChanged.InvokeAsync(name));
        cut.WaitForElement("[data-testid=source-disks]");
    }

    private static JsonObject Instance(string name, string status, params long[] diskGb) => new()
    {
        ["kind"] = "compute#instance",
        ["name"] = name,
        ["status"] = status,
        ["zone"] = "https://www.googleapis.com/compute/v1/projects/acme-prod/zones/" + Zone,
        ["disks"] = new JsonArray([.. diskGb.Select((gb, i) => (JsonNode)new JsonObject
        {
            ["deviceName"] = $"{name}-disk-{i}",
            ["source"] = $"https://www.googleapis.com/compute/v1/projects/acme-prod/zones/{Zone}/disks/{name}-disk-{i}",
            ["diskSizeGb"] = gb.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["boot"] = i == 0,
        })]),
    };
}
