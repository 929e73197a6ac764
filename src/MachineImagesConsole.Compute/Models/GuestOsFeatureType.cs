namespace MachineImagesConsole.Compute.Models;

/// <summary>Values of <c>GuestOsFeature.type</c>. Kept as strings so a value added by Google never fails a call.</summary>
public static class GuestOsFeatureType
{
    public const string FeatureTypeUnspecified = "FEATURE_TYPE_UNSPECIFIED";

    public const string Gvnic = "GVNIC";

    public const string MultiIpSubnet = "MULTI_IP_SUBNET";

    public const string SecureBoot = "SECURE_BOOT";

    public const string SevCapable = "SEV_CAPABLE";

    public const string SevLiveMigratable = "SEV_LIVE_MIGRATABLE";

    public const string SevSnpCapable = "SEV_SNP_CAPABLE";

    public const string UefiCompatible = "UEFI_COMPATIBLE";

    public const string VirtioScsiMultiqueue = "VIRTIO_SCSI_MULTIQUEUE";

    public const string Windows = "WINDOWS";

    /// <summary>Added after revision 20230610 (compute-api-notes.md section 9).</summary>
    public const string BareMetalLinuxCompatible = "BARE_METAL_LINUX_COMPATIBLE";

    /// <summary>Added after revision 20230610 (compute-api-notes.md section 9).</summary>
    public const string CcaCapable = "CCA_CAPABLE";

    /// <summary>Added after revision 20230610 (compute-api-notes.md section 9).</summary>
    public const string Idpf = "IDPF";

    /// <summary>Added after revision 20230610 (compute-api-notes.md section 9).</summary>
    public const string SevLiveMigratableV2 = "SEV_LIVE_MIGRATABLE_V2";

    /// <summary>Added after revision 20230610 (compute-api-notes.md section 9).</summary>
    public const string SnpSvsmCapable = "SNP_SVSM_CAPABLE";

    /// <summary>Added after revision 20230610 (compute-api-notes.md section 9).</summary>
    public const string TdxCapable = "TDX_CAPABLE";
}
