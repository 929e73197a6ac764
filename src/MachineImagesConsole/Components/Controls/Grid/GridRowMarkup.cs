using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using MachineImagesConsole.Model.Dashboards;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MachineImagesConsole.Components.Controls.Grid;

/// <summary>
/// The cells of a grid row that look the same to every viewer, as one HTML string built once per row and shared by every
/// circuit that shows the row (rows belong to one shared list snapshot). In a render tree a string of markup is one frame;
/// the same cells as Razor elements were about sixty per row, and each circuit keeps two copies of its tree (current and
/// previous) plus a batch buffer sized to its largest render: frames were most of a circuit's memory. Every value from
/// Compute is HTML-encoded here. What depends on the viewer (the checkbox and its selection, times in the browser's zone)
/// stays in the page's markup.
/// </summary>
public static class GridRowMarkup
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;
    private static readonly ConditionalWeakTable<MachineImageRow, Cells> MachineImageCells = new();
    private static readonly ConditionalWeakTable<MachineImageRow, Cells> MachineImageCellsWithClone = new();
    private static readonly ConditionalWeakTable<ImageRow, Cells> ImageCells = new();

    /// <summary>A row's shared cells: those before its "Created" cell and those after it.</summary>
    public sealed record Cells(MarkupString BeforeCreated, MarkupString AfterCreated);

    /// <summary>
    /// The cells of a machine-image row (links keep <paramref name="project"/>, the project of the row's list); with
    /// <paramref name="withClone"/> (the viewer may clone VMs), the source VM carries a "Clone" link to the clone wizard.
    /// Both forms are built once per row and shared by every viewer of that form.
    /// </summary>
    public static Cells Of(MachineImageRow row, string? project, bool withClone = false)
    {
        ArgumentNullException.ThrowIfNull(row);
        return (withClone ? MachineImageCellsWithClone : MachineImageCells).GetValue(row, r => BuildMachineImage(r, project, withClone));
    }

    /// <summary>The "Created" cell: the time in the viewer's zone and how long ago (per render: it moves with the clock).</summary>
    public static MarkupString Created(string localTime, string relative)
    {
        var html = new StringBuilder(160);
        Open(html, "Created");
        html.Append("<span>").Append(Encode(localTime)).Append("</span><span class=\"").Append(GridCells.Caption).Append("\">")
            .Append(Encode(relative)).Append("</span></td>");
        return new MarkupString(html.ToString());
    }

    /// <summary>The cells of an image row (links go to the row's own project).</summary>
    public static Cells Of(ImageRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return ImageCells.GetValue(row, BuildImage);
    }

    private static Cells BuildImage(ImageRow row)
    {
        var before = new StringBuilder(1024);
        Open(before, "Name", "white-space:nowrap");
        Link(before, WithProject("images/" + Uri.EscapeDataString(row.Name), row.Project), row.Name);
        before.Append("</td>");
        Text(before, "Family", row.Family);
        Open(before, "Deprecation");
        Deprecation(before, row.Deprecation, row.Project);
        before.Append("</td>");
        Open(before, "Status");
        Chip(before, StatusChip.ColourOf(row.Status), row.Status);
        before.Append("</td>");
        Text(before, "Source", row.SourceText);
        Text(before, "Disk size", row.DiskSizeText);
        Text(before, "Archive size", row.ArchiveSizeText);
        Text(before, "Architecture", row.Architecture ?? "—");
        Text(before, "Storage location", row.Location);

        var after = new StringBuilder(256);
        Open(after, "Labels");
        LabelChips(after, row.LabelTexts);
        after.Append("</td>");
        return new Cells(new MarkupString(before.ToString()), new MarkupString(after.ToString()));
    }

    // DeprecationBadge's plain form (Plain="true"), as markup.
    private static void Deprecation(StringBuilder html, DeprecationInfo info, string project)
    {
        html.Append("<span class=\"mic-deprecation\" data-testid=\"deprecation-badge\" data-state=\"").Append(Encode(info.State)).Append("\">")
            .Append("<span class=\"").Append(GridCells.Chip(DeprecationBadge.ColourOf(info), info.IsActive ? Variant.Outlined : Variant.Filled))
            .Append("\" title=\"").Append(Encode(info.Summary)).Append("\" aria-label=\"").Append(Encode("Deprecation state: " + info.Summary)).Append("\">")
            .Append("<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-small mud-chip-icon\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">")
            .Append(DeprecationBadge.IconOf(info)).Append("</svg><span class=\"mud-chip-content\">").Append(Encode(info.State)).Append("</span></span>");
        if (info.Replacement is { } replacement)
        {
            html.Append("<span class=\"").Append(GridCells.Caption).Append("\">Replaced by ");
            Link(html, DeprecationBadge.ReplacementHrefOf(info, project), replacement);
            html.Append("</span>");
        }
        if (info.Obsolete is { } obsolete) Caption(html, "Obsolete " + obsolete.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (info.Deleted is { } deleted) Caption(html, "Deleted " + deleted.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        html.Append("</span>");
    }

    private static void Caption(StringBuilder html, string text)
        => html.Append("<span class=\"").Append(GridCells.Caption).Append("\">").Append(Encode(text)).Append("</span>");

    private static Cells BuildMachineImage(MachineImageRow row, string? project, bool withClone)
    {
        var before = new StringBuilder(640);
        Open(before, "Name", "white-space:nowrap");
        Link(before, WithProject("machine-images/" + Uri.EscapeDataString(row.Name), project), row.Name);
        before.Append("</td>");
        Open(before, "Status");
        Chip(before, StatusChip.ColourOf(row.Status), row.Status);
        before.Append("</td>");
        Open(before, "Source instance", title: row.SourceInstanceZone);
        before.Append(Encode(row.SourceInstance));
        if (withClone && project is not null && row.SourceInstanceZone is { Length: > 0 } zone && row.SourceInstance.Length > 0)
        {
            before.Append("<a class=\"").Append(GridCells.Link).Append(" ml-2\" href=\"").Append(Encode(CloneVmLink.Href(project, zone, row.SourceInstance)))
                .Append("\" aria-label=\"").Append(Encode($"Clone {row.SourceInstance} to a new VM")).Append("\" data-testid=\"clone-vm-link\">Clone</a>");
        }
        before.Append("</td>");
        Text(before, "Storage location", row.Location);
        Text(before, "Total storage", row.TotalStorageText);
        Text(before, "Disks", row.DiskCount.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var after = new StringBuilder(320);
        Open(after, "Labels");
        LabelChips(after, row.LabelTexts);
        after.Append("</td>");
        Text(after, "Description", row.Description);
        return new Cells(new MarkupString(before.ToString()), new MarkupString(after.ToString()));
    }

    private static void Open(StringBuilder html, string label, string? style = null, string? title = null)
    {
        html.Append("<td class=\"").Append(GridCells.Cell).Append("\" data-label=\"").Append(Encode(label)).Append('"');
        if (style is not null) html.Append(" style=\"").Append(Encode(style)).Append('"');
        if (!string.IsNullOrEmpty(title)) html.Append(" title=\"").Append(Encode(title)).Append('"');
        html.Append('>');
    }

    private static void Text(StringBuilder html, string label, string? text)
    {
        Open(html, label);
        html.Append(Encode(text)).Append("</td>");
    }

    private static void Link(StringBuilder html, string href, string text)
        => html.Append("<a class=\"").Append(GridCells.Link).Append("\" href=\"").Append(Encode(href)).Append("\">").Append(Encode(text)).Append("</a>");

    private static void Chip(StringBuilder html, Color colour, string text)
        => html.Append("<span class=\"").Append(GridCells.Chip(colour, Variant.Text)).Append("\"><span class=\"mud-chip-content\">")
            .Append(Encode(text)).Append("</span></span>");

    private static void LabelChips(StringBuilder html, IReadOnlyList<string> labels)
    {
        foreach (var label in labels)
        {
            html.Append("<span class=\"").Append(GridCells.LabelChip).Append("\"><span class=\"mud-chip-content\">").Append(Encode(label)).Append("</span></span>");
        }
    }

    private static string WithProject(string path, string? project)
        => project is null ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "project=" + Uri.EscapeDataString(project);

    private static string Encode(string? value) => string.IsNullOrEmpty(value) ? string.Empty : Encoder.Encode(value);
}
