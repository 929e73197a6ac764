using Microsoft.AspNetCore.Components;

namespace MachineImagesConsole.Components.Tests.Infrastructure;

/// <summary>Renders its child content: lets a test render a component beside the providers it needs (popovers, dialogs).</summary>
public sealed class ContainerFragment : ComponentBase
{
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        => builder.AddContent(0, ChildContent);
}
