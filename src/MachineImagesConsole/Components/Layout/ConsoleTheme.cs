using MudBlazor;

namespace MachineImagesConsole.Components.Layout;

/// <summary>The console's MudBlazor theme (light and dark palettes).</summary>
public static class ConsoleTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            // Every colour meets WCAG AA (4.5:1) for text on white and white text on it (axe-core's color-contrast),
            // including MudBlazor's tinted backgrounds (active nav link, text alerts) and filled chips.
            Primary = "#0b57d0",
            Secondary = "#5f6368",
            AppbarBackground = "#0b57d0",
            Info = "#0b57d0",
            Success = "#137333",
            Warning = "#a04f00",
            Error = "#c5221f",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4f8",
            Secondary = "#9aa0a6",
        },
    };
}
