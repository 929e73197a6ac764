using MudBlazor;

namespace MachineImagesConsole.Components.Controls.Grid;

/// <summary>
/// CSS classes for grid cells written as plain markup (MudBlazor's own classes, so they look like the components).
/// Rows render 50–100 at a time and re-render on every sort and filter: a component per chip, link and caption
/// there is most of the cost, so the grids use these instead.
/// </summary>
public static class GridCells
{
    public const string Cell = "mud-table-cell";

    public const string Link = "mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body2";

    public const string Caption = "mud-typography mud-typography-caption d-block";

    /// <summary>A row's selection checkbox: a native input (a <c>MudCheckBox</c> per row was a component and an SVG each).</summary>
    public const string CheckBox = "mic-row-checkbox";

    public const string LabelChip = "mud-chip mud-chip-outlined mud-chip-size-small ma-0 mr-1";

    /// <summary>A small chip of <paramref name="colour"/> in <paramref name="variant"/> (text, outlined or filled).</summary>
    public static string Chip(Color colour, Variant variant)
    {
        var v = variant switch
        {
            Variant.Filled => "mud-chip-filled",
            Variant.Outlined => "mud-chip-outlined",
            _ => "mud-chip-text",
        };
        var c = colour == Color.Default ? "" : " mud-chip-color-" + colour.ToString().ToLowerInvariant();
        return $"mud-chip {v}{c} mud-chip-size-small ma-0";
    }
}
