using MudBlazor;

namespace MachineImagesConsole.Components.Layout;

/// <summary>The console's MudBlazor theme (light and dark palettes).</summary>
public static class ConsoleTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1a73e8",
            Secondary = "#5f6368",
            AppbarBackground = "#1a73e8",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4f8",
            Secondary = "#9aa0a6",
        },
    };
}
