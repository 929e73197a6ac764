using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Create;

/// <summary>
/// What the person entered in the create-machine-image wizard. <see cref="Validate"/> gives a message per field;
/// the request body, the equivalent gcloud command and the pipeline command are built from the same values.
/// </summary>
public sealed class CreateMachineImageViewModel
{
    public const string SourceField = "source";
    public const string NameField = "name";
    public const string DescriptionField = "description";
    public const string LabelsField = "labels";
    public const string LocationField = "location";
    public const string KmsKeyField = "kmsKey";

    public required string Project { get; init; }

    public MachineImageSourceKind SourceKind { get; set; }

    /// <summary>The VM to capture (for a template source: the VM the template was created from).</summary>
    public SourceInstanceInfo? Source { get; set; }

    /// <summary>The instance template picked, when <see cref="SourceKind"/> is a template.</summary>
    public string? TemplateName { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public List<LabelEntry> Labels { get; } = [];

    /// <summary>A region or multi-region; empty = Compute's default (the multi-region nearest the source).</summary>
    public string StorageLocation { get; set; } = string.Empty;

    /// <summary>Ask the guest to flush its buffers first (only for a RUNNING VM).</summary>
    public bool GuestFlush { get; set; }

    public EncryptionChoice Encryption { get; set; }

    public string KmsKeyName { get; set; } = string.Empty;

    /// <summary>Guest flush takes effect only when the VM is running; otherwise it is not sent.</summary>
    public bool EffectiveGuestFlush => GuestFlush && Source?.IsRunning == true;

    /// <summary>A message per invalid field (empty when the whole form is valid).</summary>
    public IReadOnlyDictionary<string, string> Validate(IEnumerable<string> existingNames, IReadOnlyCollection<string> storageLocations)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Source is null)
        {
            errors[SourceField] = SourceKind == MachineImageSourceKind.Instance
                ? "Choose the VM instance to capture."
                : TemplateName is null ? "Choose an instance template." : $"Instance template '{TemplateName}' was not created from a VM, so there is nothing to capture; choose a VM instead.";
        }
        if (CreateValidation.ValidateNewName(Name, existingNames, "Name") is { } name) errors[NameField] = name;
        if (CreateValidation.ValidateDescription(Description) is { } description) errors[DescriptionField] = description;
        if (LabelSet.Validate(Labels) is { } labels) errors[LabelsField] = labels;
        if (StorageLocations.Validate(StorageLocation, storageLocations) is { } location) errors[LocationField] = location;
        if (Encryption == EncryptionChoice.CloudKms && CreateValidation.ValidateKmsKeyName(KmsKeyName) is { } kms) errors[KmsKeyField] = kms;
        return errors;
    }

    /// <summary>The <c>MachineImage</c> request body.</summary>
    public MachineImage ToMachineImage() => new()
    {
        Name = Name,
        Description = string.IsNullOrEmpty(Description) ? null : Description,
        Labels = LabelSet.ToDictionary(Labels),
        StorageLocations = string.IsNullOrEmpty(StorageLocation) ? null : [StorageLocation],
        GuestFlush = EffectiveGuestFlush ? true : null,
        MachineImageEncryptionKey = Encryption == EncryptionChoice.CloudKms ? new CustomerEncryptionKey { KmsKeyName = KmsKeyName.Trim() } : null,
    };

    /// <summary>The pipeline command (create it once per submission: a retry reuses it, and with it the request id).</summary>
    public MutationCommand ToMutationCommand()
    {
        var source = Source ?? throw new InvalidOperationException("Choose a source before submitting.");
        var body = ToMachineImage();
        var sourceUrl = source.PartialUrl;
        var project = Project;
        return MutationCommand.ForOperation(
            ConsoleActions.MachineImagesInsert, project, body.Name!,
            new
            {
                name = body.Name,
                sourceInstance = sourceUrl,
                sourceInstanceTemplate = TemplateName,
                storageLocation = body.StorageLocations?.FirstOrDefault(),
                guestFlush = body.GuestFlush,
                kmsKeyName = body.MachineImageEncryptionKey?.KmsKeyName,
                labels = body.Labels,
            },
            (client, requestId, ct) => client.MachineImages.InsertAsync(project, body, sourceUrl, requestId, ct));
    }
}
