using Bunit;
using MachineImagesConsole.Components.Controls;
using MachineImagesConsole.Operations;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace MachineImagesConsole.Components.Tests.Operations;

public sealed class OperationProgressViewTests : BunitContext, IAsyncLifetime
{
    private TrackerHarness _harness = null!;

    public OperationProgressViewTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        // Resolved at the first render, after InitializeAsync created the harness.
        Services.AddSingleton(_ => _harness.Tracker);
        Services.AddSingleton(TimeProvider.System);
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    async Task IAsyncLifetime.InitializeAsync() => _harness = await TrackerHarness.CreateAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _harness.DisposeAsync();
    }

    [Fact]
    public async Task Render_OperationRunsThenSucceeds_ShowsPendingRunningDoneAndRaisesFinishedOnce()
    {
        await _harness.StartAsync("op-1");
        var finished = new List<OperationProgress>();
        var view = Render<OperationProgressView>(p => p
            .Add(v => v.Project, "acme-prod")
            .Add(v => v.OperationName, "op-1")
            .Add(v => v.OnFinished, (OperationProgress done) => finished.Add(done)));
        var root = () => view.Find("[data-testid=operation-progress]");

        view.WaitForAssertion(() => Assert.Equal("PENDING", root().GetAttribute("data-status")), TimeSpan.FromSeconds(5));
        _harness.Report("op-1", TrackerHarness.Op("op-1", "RUNNING", 45));
        view.WaitForAssertion(() => Assert.Equal("45", root().GetAttribute("data-progress")), TimeSpan.FromSeconds(5));
        Assert.Equal("RUNNING", view.Find("[data-testid=operation-status]").TextContent);
        Assert.Contains("45 %", view.Find("[data-testid=operation-percent]").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Elapsed ", view.Find("[data-testid=operation-elapsed]").TextContent, StringComparison.Ordinal);

        _harness.Finish("op-1", TrackerHarness.Op("op-1", "DONE", 100));
        view.WaitForAssertion(() => Assert.Equal("true", root().GetAttribute("data-done")), TimeSpan.FromSeconds(5));
        Assert.Equal("100", root().GetAttribute("data-progress"));
        Assert.Empty(view.FindAll("[data-testid=operation-error]"));
        view.WaitForAssertion(() => Assert.Single(finished), TimeSpan.FromSeconds(5));
        Assert.Equal("DONE", finished[0].Status);
        Assert.Contains("is done", view.Find("[role=status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_OperationFails_ShowsTheErrorWithItsReason()
    {
        await _harness.StartAsync("op-2");
        var view = Render<OperationProgressView>(p => p.Add(v => v.Project, "acme-prod").Add(v => v.OperationName, "op-2"));

        _harness.Finish("op-2", TrackerHarness.Op("op-2", "DONE", 10, "QUOTA_EXCEEDED"));

        view.WaitForAssertion(() => Assert.Equal("QUOTA_EXCEEDED", view.Find("[data-testid=operation-error-reason]").TextContent), TimeSpan.FromSeconds(5));
        Assert.Contains("Quota 'MACHINE_IMAGES' exceeded.", view.Find("[data-testid=operation-error]").TextContent, StringComparison.Ordinal);
        Assert.Equal("DONE (failed)", view.Find("[data-testid=operation-status]").TextContent);
    }

    [Fact]
    public void Render_WithProgressGiven_ShowsItWithoutSubscribing()
    {
        var given = new OperationProgress("acme-prod", "op-3", "global", "delete", null, "RUNNING", 70, TimeSpan.FromSeconds(65), [], null, "admin@example.com", false);

        var view = Render<OperationProgressView>(p => p.Add(v => v.Project, "acme-prod").Add(v => v.OperationName, "op-3").Add(v => v.Progress, given));

        Assert.Equal("70", view.Find("[data-testid=operation-progress]").GetAttribute("data-progress"));
        Assert.Contains("1 min 05 s", view.Find("[data-testid=operation-elapsed]").TextContent, StringComparison.Ordinal);
        Assert.Empty(_harness.Tracker.GetSnapshot("acme-prod"));
    }
}
