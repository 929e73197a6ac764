using MachineImagesConsole.Compute.Links;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Create;

/// <summary>What the person entered in the create-image wizard, its validation and the request built from it.</summary>
public sealed class CreateImageViewModel
{
    public const string SourceField = "source";
    public const string NameField = "name";
    public const string FamilyField = "family";
    public const string DescriptionField = "description";
    public const string LabelsField = "labels";
    public const string LocationField = "location";
    public const string KmsKeyField = "kmsKey";
    public const string ForceField = "force";

    public required string Project { get; init; }

    public ImageSourceKind SourceKind { get; set; }

    /// <summary>Source disk: its zone and name.</summary>
    public string? DiskZone { get; set; }

    public string? DiskName { get; set; }

    /// <summary>Source disk: size in GB (for the 10 TB check).</summary>
    public long? DiskSizeGb { get; set; }

    /// <summary>Source disk: the RUNNING VM it is attached to, when there is one (then <see cref="Force"/> is needed).</summary>
    public string? AttachedToRunningInstance { get; set; }

    public string? SnapshotName { get; set; }

    /// <summary>Source image: its project (any the person can read) and name.</summary>
    public string? SourceImageProject { get; set; }

    public string? SourceImageName { get; set; }

    /// <summary>Source raw disk: <c>gs://bucket/path.tar.gz</c>.</summary>
    public string GcsUri { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Family { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public List<LabelEntry> Labels { get; } = [];

    public string StorageLocation { get; set; } = string.Empty;

    public EncryptionChoice Encryption { get; set; }

    public string KmsKeyName { get; set; } = string.Empty;

    /// <summary>forceCreate: image a disk still attached to a running VM (the data may not be consistent).</summary>
    public bool Force { get; set; }

    public bool ForceNeeded => SourceKind == ImageSourceKind.Disk && AttachedToRunningInstance is not null;

    public IReadOnlyDictionary<string, string> Validate(IEnumerable<string> existingNames, IReadOnlyCollection<string> storageLocations)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (SourceKind)
        {
            case ImageSourceKind.Disk when string.IsNullOrEmpty(DiskZone) || string.IsNullOrEmpty(DiskName):
                errors[SourceField] = "Choose the zone and the disk to image.";
                break;
            case ImageSourceKind.Disk when DiskSizeGb > Compute.Validation.ComputeLimits.MaxImageTotalGb:
                errors[SourceField] = $"Disk '{DiskName}' is {DiskSizeGb} GB; an image can hold at most 10 TB.";
                break;
            case ImageSourceKind.Snapshot when string.IsNullOrEmpty(SnapshotName):
                errors[SourceField] = "Choose the snapshot to image.";
                break;
            case ImageSourceKind.Image when string.IsNullOrEmpty(SourceImageProject) || string.IsNullOrEmpty(SourceImageName):
                errors[SourceField] = "Choose the project and the image to copy.";
                break;
            case ImageSourceKind.CloudStorage when CreateValidation.ValidateGcsUri(GcsUri) is { } uri:
                errors[SourceField] = uri;
                break;
        }
        if (ForceNeeded && !Force)
            errors[ForceField] = $"Disk '{DiskName}' is attached to {AttachedToRunningInstance}, which is running. Stop the VM first, or tick 'Force' to image it anyway.";
        if (CreateValidation.ValidateNewName(Name, existingNames, "Name") is { } name) errors[NameField] = name;
        if (CreateValidation.ValidateFamily(Family) is { } family) errors[FamilyField] = family;
        if (CreateValidation.ValidateDescription(Description) is { } description) errors[DescriptionField] = description;
        if (LabelSet.Validate(Labels) is { } labels) errors[LabelsField] = labels;
        if (StorageLocations.Validate(StorageLocation, storageLocations) is { } location) errors[LocationField] = location;
        if (Encryption == EncryptionChoice.CloudKms && CreateValidation.ValidateKmsKeyName(KmsKeyName) is { } kms) errors[KmsKeyField] = kms;
        return errors;
    }

    /// <summary>The source as Compute's partial URL (or the raw disk's HTTPS URL).</summary>
    public string? SourceUrl => SourceKind switch
    {
        ImageSourceKind.Disk when DiskZone is not null && DiskName is not null => ResourceLinks.Disk(Project, DiskZone, DiskName),
        ImageSourceKind.Snapshot when SnapshotName is not null => ResourceLinks.Snapshot(Project, SnapshotName),
        ImageSourceKind.Image when SourceImageProject is not null && SourceImageName is not null => ResourceLinks.Image(SourceImageProject, SourceImageName),
        ImageSourceKind.CloudStorage when GcsUri.Length > 0 => CreateValidation.GcsUriToHttps(GcsUri),
        _ => null,
    };

    /// <summary>Whether <c>forceCreate=true</c> is sent.</summary>
    public bool EffectiveForce => ForceNeeded && Force;

    public Image ToImage()
    {
        var image = new Image
        {
            Name = Name,
            Family = string.IsNullOrEmpty(Family) ? null : Family,
            Description = string.IsNullOrEmpty(Description) ? null : Description,
            Labels = LabelSet.ToDictionary(Labels),
            StorageLocations = string.IsNullOrEmpty(StorageLocation) ? null : [StorageLocation],
            ImageEncryptionKey = Encryption == EncryptionChoice.CloudKms ? new CustomerEncryptionKey { KmsKeyName = KmsKeyName.Trim() } : null,
        };
        var source = SourceUrl;
        switch (SourceKind)
        {
            case ImageSourceKind.Disk: image.SourceDisk = source; break;
            case ImageSourceKind.Snapshot: image.SourceSnapshot = source; break;
            case ImageSourceKind.Image: image.SourceImage = source; break;
            case ImageSourceKind.CloudStorage: image.RawDisk = new RawDisk { Source = source }; break;
        }
        return image;
    }

    public MutationCommand ToMutationCommand()
    {
        var body = ToImage();
        var project = Project;
        bool? force = EffectiveForce ? true : null;
        return MutationCommand.ForOperation(
            ConsoleActions.ImagesInsert, project, body.Name!,
            new
            {
                name = body.Name,
                sourceType = SourceKind.ToString(),
                source = SourceUrl,
                family = body.Family,
                storageLocation = body.StorageLocations?.FirstOrDefault(),
                kmsKeyName = body.ImageEncryptionKey?.KmsKeyName,
                forceCreate = force,
                labels = body.Labels,
            },
            (client, requestId, ct) => client.Images.InsertAsync(project, body, force, requestId, ct));
    }
}
