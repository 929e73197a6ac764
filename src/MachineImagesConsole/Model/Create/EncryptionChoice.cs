namespace MachineImagesConsole.Model.Create;

/// <summary>How the new image's data is encrypted.</summary>
public enum EncryptionChoice
{
    /// <summary>Google-managed keys (the default).</summary>
    GoogleManaged = 0,

    /// <summary>A customer-managed key in Cloud KMS.</summary>
    CloudKms = 1,
}
