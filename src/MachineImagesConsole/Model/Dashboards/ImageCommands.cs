using MachineImagesConsole.Compute.Links;
using System.Text;
using System.Text.Json;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>Builds the gcloud command and REST request that create an image like this one again (same source).</summary>
public static class ImageCommands
{
    public static EquivalentCommand For(string project, Image image)
    {
        ArgumentException.ThrowIfNullOrEmpty(project);
        ArgumentNullException.ThrowIfNull(image);
        var name = image.Name ?? "IMAGE_NAME";
        var gcloud = new StringBuilder("gcloud compute images create ").Append(ShellQuote.Quote(name));
        gcloud.Append(" \\\n  --project=").Append(ShellQuote.Quote(project));
        if (!string.IsNullOrEmpty(image.SourceDisk))
        {
            gcloud.Append(" \\\n  --source-disk=").Append(ShellQuote.Quote(DashboardFormat.ShortName(image.SourceDisk)));
            if (DashboardFormat.SegmentAfter(image.SourceDisk, "zones") is { } zone) gcloud.Append(" \\\n  --source-disk-zone=").Append(ShellQuote.Quote(zone));
        }
        else if (!string.IsNullOrEmpty(image.SourceSnapshot)) gcloud.Append(" \\\n  --source-snapshot=").Append(ShellQuote.Quote(MachineImageCommands.PartialUrl(image.SourceSnapshot)!));
        else if (!string.IsNullOrEmpty(image.SourceImage)) gcloud.Append(" \\\n  --source-image=").Append(ShellQuote.Quote(MachineImageCommands.PartialUrl(image.SourceImage)!));
        else if (!string.IsNullOrEmpty(image.RawDisk?.Source)) gcloud.Append(" \\\n  --source-uri=").Append(ShellQuote.Quote(image.RawDisk.Source));
        if (!string.IsNullOrEmpty(image.Family)) gcloud.Append(" \\\n  --family=").Append(ShellQuote.Quote(image.Family));
        if (image.StorageLocations is [var location, ..]) gcloud.Append(" \\\n  --storage-location=").Append(ShellQuote.Quote(location));
        if (!string.IsNullOrEmpty(image.Architecture)) gcloud.Append(" \\\n  --architecture=").Append(ShellQuote.Quote(image.Architecture));
        if (!string.IsNullOrEmpty(image.Description)) gcloud.Append(" \\\n  --description=").Append(ShellQuote.Quote(image.Description));
        var labels = (image.Labels ?? []).OrderBy(l => l.Key, StringComparer.Ordinal).ToList();
        if (labels.Count > 0) gcloud.Append(" \\\n  --labels=").Append(ShellQuote.Quote(string.Join(',', labels.Select(l => l.Key + "=" + l.Value))));

        var body = MachineImageCommands.Json(writer =>
        {
            writer.WriteString("name", name);
            WriteIf(writer, "description", image.Description);
            WriteIf(writer, "family", image.Family);
            WriteIf(writer, "sourceDisk", MachineImageCommands.PartialUrl(image.SourceDisk));
            WriteIf(writer, "sourceSnapshot", MachineImageCommands.PartialUrl(image.SourceSnapshot));
            WriteIf(writer, "sourceImage", MachineImageCommands.PartialUrl(image.SourceImage));
            if (!string.IsNullOrEmpty(image.RawDisk?.Source))
            {
                writer.WriteStartObject("rawDisk");
                writer.WriteString("source", image.RawDisk.Source);
                writer.WriteEndObject();
            }
            WriteIf(writer, "architecture", image.Architecture);
            if (image.StorageLocations is { Count: > 0 } locations)
            {
                writer.WriteStartArray("storageLocations");
                foreach (var l in locations) writer.WriteStringValue(l);
                writer.WriteEndArray();
            }
            if (labels.Count > 0)
            {
                writer.WriteStartObject("labels");
                foreach (var l in labels) writer.WriteString(l.Key, l.Value);
                writer.WriteEndObject();
            }
        });
        return new EquivalentCommand(gcloud.ToString(), "POST",
            ResourceLinks.ToUrl(ResourceLinks.Collection(project, ResourceLinks.GlobalScope, ResourceLinks.Images)), body);
    }

    private static void WriteIf(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) writer.WriteString(name, value);
    }
}
