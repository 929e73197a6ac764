using Bunit;
using Bunit.TestDoubles;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Components.Controls;
using MachineImagesConsole.Components.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Components.Tests.Controls;

public sealed class ConsoleErrorBoundaryTests : ConsoleComponentTestContext
{
    [Fact]
    public void ConsoleErrorBoundary_ReauthenticationRequired_NavigatesToSignInWithReturnUrl()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/machine-images?project=acme-prod");

        Render<ConsoleErrorBoundary>(p => p.AddChildContent<Thrower>(t => t.Add(x => x.Exception, new ReauthenticationRequiredException())));

        var fake = (BunitNavigationManager)navigation;
        var last = fake.History.First();
        Assert.Equal("account/signin?returnUrl=%2Fmachine-images%3Fproject%3Dacme-prod", last.Uri);
        Assert.True(last.Options.ForceLoad);
    }

    [Fact]
    public void ConsoleErrorBoundary_OtherException_ShowsFriendlyMessageAndRecovers()
    {
        var thrower = new Thrower.Switch { Exception = new InvalidOperationException("secret internals") };
        var cut = Render<ConsoleErrorBoundary>(p => p.AddChildContent<Thrower>(t => t.Add(x => x.Control, thrower)));

        var alert = cut.Find("[role=alert]");
        Assert.Contains("Something went wrong", alert.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("secret internals", cut.Markup, StringComparison.Ordinal);

        thrower.Exception = null;
        cut.Find("button").Click();

        cut.WaitForAssertion(() => Assert.Equal("fine", cut.Find(".thrower").TextContent));
    }

    /// <summary>A child that throws while rendering (when told to).</summary>
    public sealed class Thrower : ComponentBase
    {
        [Parameter]
        public Exception? Exception { get; set; }

        [Parameter]
        public Switch? Control { get; set; }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            if ((Exception ?? Control?.Exception) is { } exception)
            {
                throw exception;
            }

            builder.OpenElement(0, "span");
            builder.AddAttribute(1, "class", "thrower");
            builder.AddContent(2, "fine");
            builder.CloseElement();
        }

        public sealed class Switch
        {
            public Exception? Exception { get; set; }
        }
    }
}
