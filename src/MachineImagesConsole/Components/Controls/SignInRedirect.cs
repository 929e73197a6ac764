using Microsoft.AspNetCore.Components;

namespace MachineImagesConsole.Components.Controls;

/// <summary>Builds <c>/account/signin?returnUrl=…</c> for the current page.</summary>
public static class SignInRedirect
{
    public static string For(NavigationManager navigation)
        => "account/signin?returnUrl=" + Uri.EscapeDataString("/" + navigation.ToBaseRelativePath(navigation.Uri));
}
