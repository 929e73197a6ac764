using AngleSharp.Dom;
using Bunit;
using MachineImagesConsole.Components.Tests.Dashboards;
using MachineImagesConsole.Components.Tests.Infrastructure;
using MachineImagesConsole.Components.Tests.Operations;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Create;
using MachineImagesConsole.Model.Lifecycle;
using MachineImagesConsole.Operations;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;

namespace MachineImagesConsole.Components.Tests.Create;

/// <summary>
/// The dashboard test context plus what the create wizards and the delete dialog inject: <see cref="CreateSourceCatalog"/>,
/// <see cref="ProtectionStore"/> and the real <see cref="MutationPipeline"/> (audit log and tracker over a temporary SQLite database). Every Compute
/// request goes to <see cref="DashboardTestContext.Backend"/>, so a test can prove nothing was written.
/// </summary>
public abstract class CreateTestContext : DashboardTestContext
{
    private readonly Task<TrackerHarness> _harness;

    protected CreateTestContext()
        : this(Task.Run(TrackerHarness.CreateAsync)) // off the test's synchronization context: resolving it in the renderer cannot deadlock
    {
    }

    private CreateTestContext(Task<TrackerHarness> harness)
        : base(services => AddPipeline(services, harness))
        => _harness = harness;

    /// <summary>Waits until the pipeline's database is ready.</summary>
    protected Task UsePipelineAsync() => _harness;

    private static void AddPipeline(IServiceCollection services, Task<TrackerHarness> harness)
    {
        services.AddSingleton(_ => harness.GetAwaiter().GetResult()); // created by a factory, so the container disposes it
        services.AddSingleton(sp => new AuditLog(sp.GetRequiredService<TrackerHarness>(), TimeProvider.System));
        services.AddSingleton(sp => sp.GetRequiredService<TrackerHarness>().Tracker);
        services.AddSingleton(sp => new ProtectionStore(sp.GetRequiredService<TrackerHarness>(), TimeProvider.System));
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddScoped<CreateSourceCatalog>();
        services.AddSingleton(new StoredRequestProtection(new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider()));
        services.AddSingleton<MutationJournal>();
        services.AddScoped<MutationPipeline>();
        services.AddScoped<MachineImagesConsole.Model.Commands.CommandExecutor>();
        services.AddScoped<DeleteGuard>();
    }

    /// <summary>Renders <typeparamref name="TPage"/> beside a popover provider (selects and menus need one).</summary>
    protected IRenderedComponent<ContainerFragment> RenderWithPopovers<TPage>() where TPage : IComponent
        => Render<ContainerFragment>(p => p.AddChildContent(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<TPage>(1);
            builder.CloseComponent();
        }));

    /// <summary>Compute requests that would change something (anything but GET).</summary>
    internal IReadOnlyList<HttpMethod> Writes => [.. Backend.Methods.Where(m => m != HttpMethod.Get)];

    /// <summary>The MudBlazor input control (field + helper/error line) around the element with <paramref name="testId"/>.</summary>
    protected static IElement ControlOf(IRenderedComponent<ContainerFragment> cut, string testId)
        => cut.Find($"[data-testid='{testId}']").Closest(".mud-input-control")
           ?? throw new InvalidOperationException($"No input control around [data-testid='{testId}'].");

    protected static string CurrentStep(IRenderedComponent<ContainerFragment> cut)
        => cut.Find("[aria-current=step]").GetAttribute("data-testid")!;

    /// <summary>
    /// Presses the wizard's Next and returns once its handler has finished: Next awaits the form's validation, so the
    /// step (or the message beside a field) can change after <c>Click()</c> has returned.
    /// </summary>
    protected static Task NextAsync(IRenderedComponent<ContainerFragment> cut)
        => cut.Find("[data-testid=wizard-next]").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
}
