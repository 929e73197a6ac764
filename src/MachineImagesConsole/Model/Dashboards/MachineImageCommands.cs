using MachineImagesConsole.Compute.Links;
using System.Text;
using System.Text.Json;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>Builds the gcloud command and REST request that create a machine image like this one again.</summary>
public static class MachineImageCommands
{
    public const string ComputeBaseUrl = ResourceLinks.ComputeBaseUrl;

    public static EquivalentCommand For(string project, MachineImage image)
    {
        ArgumentException.ThrowIfNullOrEmpty(project);
        ArgumentNullException.ThrowIfNull(image);
        var name = image.Name ?? "MACHINE_IMAGE_NAME";
        var instance = DashboardFormat.ShortName(image.SourceInstance);
        var zone = DashboardFormat.SegmentAfter(image.SourceInstance, "zones");
        var labels = (image.Labels ?? []).OrderBy(l => l.Key, StringComparer.Ordinal).ToList();

        var gcloud = new StringBuilder("gcloud compute machine-images create ").Append(ShellQuote.Quote(name));
        gcloud.Append(" \\\n  --project=").Append(ShellQuote.Quote(project));
        if (instance.Length > 0) gcloud.Append(" \\\n  --source-instance=").Append(ShellQuote.Quote(instance));
        if (zone is not null) gcloud.Append(" \\\n  --source-instance-zone=").Append(ShellQuote.Quote(zone));
        if (image.StorageLocations is [var location, ..]) gcloud.Append(" \\\n  --storage-location=").Append(ShellQuote.Quote(location));
        if (!string.IsNullOrEmpty(image.Description)) gcloud.Append(" \\\n  --description=").Append(ShellQuote.Quote(image.Description));
        if (labels.Count > 0) gcloud.Append(" \\\n  --labels=").Append(ShellQuote.Quote(string.Join(',', labels.Select(l => l.Key + "=" + l.Value))));
        if (image.GuestFlush == true) gcloud.Append(" \\\n  --guest-flush");

        var body = Json(writer =>
        {
            writer.WriteString("name", name);
            if (!string.IsNullOrEmpty(image.Description)) writer.WriteString("description", image.Description);
            if (PartialUrl(image.SourceInstance) is { } source) writer.WriteString("sourceInstance", source);
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
            if (image.GuestFlush == true) writer.WriteBoolean("guestFlush", true);
        });
        return new EquivalentCommand(gcloud.ToString(), "POST",
            ResourceLinks.ToUrl(ResourceLinks.Collection(project, ResourceLinks.GlobalScope, ResourceLinks.MachineImages)), body);
    }

    /// <summary><c>https://…/compute/v1/projects/p/zones/z/instances/i</c> → <c>projects/p/zones/z/instances/i</c>.</summary>
    public static string? PartialUrl(string? url) => string.IsNullOrEmpty(url) ? null : ResourceLinks.ToPartial(url);

    internal static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
