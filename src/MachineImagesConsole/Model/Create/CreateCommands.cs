using MachineImagesConsole.Compute.Links;
using System.Text;
using System.Text.Json;
using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Model.Create;

/// <summary>The equivalent gcloud command and REST request of what a create wizard is about to submit.</summary>
public static class CreateCommands
{
    public static EquivalentCommand ForMachineImage(CreateMachineImageViewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = model.ToMachineImage();
        var name = string.IsNullOrEmpty(model.Name) ? "MACHINE_IMAGE_NAME" : model.Name;
        var source = model.Source;
        var labels = Sorted(body.Labels);

        var gcloud = new StringBuilder("gcloud compute machine-images create ").Append(ShellQuote.Quote(name));
        gcloud.Append(Flag("project", model.Project));
        if (source is not null)
        {
            gcloud.Append(Flag("source-instance", source.Name));
            gcloud.Append(Flag("source-instance-zone", source.Zone));
        }
        if (body.Description is { } d) gcloud.Append(Flag("description", d));
        if (labels.Count > 0) gcloud.Append(Flag("labels", string.Join(',', labels.Select(l => l.Key + "=" + l.Value))));
        if (body.StorageLocations is [var location]) gcloud.Append(Flag("storage-location", location));
        if (body.GuestFlush == true) gcloud.Append(" \\\n  --guest-flush");
        if (body.MachineImageEncryptionKey?.KmsKeyName is { } key) gcloud.Append(Flag("kms-key", key));

        var json = MachineImageCommands.Json(w =>
        {
            w.WriteString("name", name);
            if (body.Description is { } description) w.WriteString("description", description);
            if (source is not null) w.WriteString("sourceInstance", source.PartialUrl);
            WriteLabels(w, labels);
            WriteLocations(w, body.StorageLocations);
            if (body.GuestFlush == true) w.WriteBoolean("guestFlush", true);
            WriteKey(w, "machineImageEncryptionKey", body.MachineImageEncryptionKey?.KmsKeyName);
        });
        var url = ResourceLinks.ToUrl(ResourceLinks.Collection(model.Project, ResourceLinks.GlobalScope, ResourceLinks.MachineImages));
        if (source is not null) url += "?sourceInstance=" + Uri.EscapeDataString(source.PartialUrl);
        return new EquivalentCommand(gcloud.ToString(), "POST", url, json);
    }

    public static EquivalentCommand ForImage(CreateImageViewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = model.ToImage();
        var name = string.IsNullOrEmpty(model.Name) ? "IMAGE_NAME" : model.Name;
        var labels = Sorted(body.Labels);

        var gcloud = new StringBuilder("gcloud compute images create ").Append(ShellQuote.Quote(name));
        gcloud.Append(Flag("project", model.Project));
        switch (model.SourceKind)
        {
            case ImageSourceKind.Disk:
                gcloud.Append(Flag("source-disk", model.DiskName ?? "DISK"));
                gcloud.Append(Flag("source-disk-zone", model.DiskZone ?? "ZONE"));
                break;
            case ImageSourceKind.Snapshot:
                gcloud.Append(Flag("source-snapshot", model.SnapshotName ?? "SNAPSHOT"));
                break;
            case ImageSourceKind.Image:
                gcloud.Append(Flag("source-image", model.SourceImageName ?? "IMAGE"));
                gcloud.Append(Flag("source-image-project", model.SourceImageProject ?? "PROJECT"));
                break;
            case ImageSourceKind.CloudStorage:
                gcloud.Append(Flag("source-uri", string.IsNullOrEmpty(model.GcsUri) ? "gs://BUCKET/disk.tar.gz" : model.GcsUri.Trim()));
                break;
        }
        if (body.Family is { } family) gcloud.Append(Flag("family", family));
        if (body.Description is { } d) gcloud.Append(Flag("description", d));
        if (labels.Count > 0) gcloud.Append(Flag("labels", string.Join(',', labels.Select(l => l.Key + "=" + l.Value))));
        if (body.StorageLocations is [var location]) gcloud.Append(Flag("storage-location", location));
        if (body.ImageEncryptionKey?.KmsKeyName is { } key) gcloud.Append(Flag("kms-key", key));
        if (model.EffectiveForce) gcloud.Append(" \\\n  --force");

        var json = MachineImageCommands.Json(w =>
        {
            w.WriteString("name", name);
            if (body.Description is { } description) w.WriteString("description", description);
            if (body.Family is { } f) w.WriteString("family", f);
            if (body.SourceDisk is { } disk) w.WriteString("sourceDisk", disk);
            if (body.SourceSnapshot is { } snapshot) w.WriteString("sourceSnapshot", snapshot);
            if (body.SourceImage is { } image) w.WriteString("sourceImage", image);
            if (body.RawDisk?.Source is { } raw)
            {
                w.WriteStartObject("rawDisk");
                w.WriteString("source", raw);
                w.WriteEndObject();
            }
            WriteLabels(w, labels);
            WriteLocations(w, body.StorageLocations);
            WriteKey(w, "imageEncryptionKey", body.ImageEncryptionKey?.KmsKeyName);
        });
        var url = ResourceLinks.ToUrl(ResourceLinks.Collection(model.Project, ResourceLinks.GlobalScope, ResourceLinks.Images));
        if (model.EffectiveForce) url += "?forceCreate=true";
        return new EquivalentCommand(gcloud.ToString(), "POST", url, json);
    }

    private static string Flag(string flag, string value) => " \\\n  --" + flag + "=" + ShellQuote.Quote(value);

    private static List<KeyValuePair<string, string>> Sorted(Dictionary<string, string>? labels)
        => [.. (labels ?? []).OrderBy(l => l.Key, StringComparer.Ordinal)];

    private static void WriteLabels(Utf8JsonWriter w, List<KeyValuePair<string, string>> labels)
    {
        if (labels.Count == 0) return;
        w.WriteStartObject("labels");
        foreach (var l in labels) w.WriteString(l.Key, l.Value);
        w.WriteEndObject();
    }

    private static void WriteLocations(Utf8JsonWriter w, List<string>? locations)
    {
        if (locations is not { Count: > 0 }) return;
        w.WriteStartArray("storageLocations");
        foreach (var l in locations) w.WriteStringValue(l);
        w.WriteEndArray();
    }

    private static void WriteKey(Utf8JsonWriter w, string property, string? kmsKeyName)
    {
        if (kmsKeyName is null) return;
        w.WriteStartObject(property);
        w.WriteString("kmsKeyName", kmsKeyName);
        w.WriteEndObject();
    }
}
