using System.Collections.Frozen;
using MachineImagesConsole.Authentication;

namespace MachineImagesConsole.Model;

/// <summary>
/// Every action the console can perform on Compute, and the policy a person must satisfy for it. An action
/// missing from the table cannot be run (deny by default).
/// </summary>
public static class ConsoleActions
{
    public const string MachineImagesInsert = "machineImages.insert";
    public const string MachineImagesDelete = "machineImages.delete";
    public const string MachineImagesSetLabels = "machineImages.setLabels";
    public const string MachineImagesSetIamPolicy = "machineImages.setIamPolicy";
    public const string MachineImagesMakePublic = "machineImages.makePublic";
    public const string ImagesInsert = "images.insert";
    public const string ImagesDelete = "images.delete";
    public const string ImagesDeprecate = "images.deprecate";
    public const string ImagesSetLabels = "images.setLabels";
    public const string ImagesSetIamPolicy = "images.setIamPolicy";
    public const string ImagesMakePublic = "images.makePublic";
    public const string InstancesInsert = "instances.insert";
    public const string SelfServiceClone = "selfServiceClone";
    public const string InstancesRestore = "instances.restore";
    public const string DrillsRestore = "drills.restore";
    public const string DrillsCleanUp = "drills.cleanUp";
    public const string SelfServiceApprove = "selfService.approve";
    public const string SelfServiceExpire = "selfService.expire";
    public const string ImagesProtect = "images.protect";
    public const string ImagesUnprotect = "images.unprotect";
    public const string MachineImagesProtect = "machineImages.protect";
    public const string MachineImagesUnprotect = "machineImages.unprotect";
    public const string ImagesRollbackFamily = "images.rollbackFamily";
    public const string RetentionRulesEdit = "retention.editRules";
    public const string RetentionCleanupDelete = "retention.cleanupDelete";
    public const string BackupsCreateMachineImage = "backups.createMachineImage";
    public const string BackupsRetentionDelete = "backups.retentionDelete";
    public const string BackupsEditPolicy = "backups.editPolicy";
    public const string BackupsRunNow = "backups.runNow";
    public const string BackupsDeleteImages = "backups.deleteImages";

    private static readonly FrozenDictionary<string, string> Policies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [MachineImagesInsert] = ConsolePolicies.Operate,
        [MachineImagesDelete] = ConsolePolicies.Operate,
        [MachineImagesSetLabels] = ConsolePolicies.Operate,
        [MachineImagesSetIamPolicy] = ConsolePolicies.Operate,
        [MachineImagesMakePublic] = ConsolePolicies.Administer,
        [ImagesInsert] = ConsolePolicies.Operate,
        [ImagesDelete] = ConsolePolicies.Operate,
        [ImagesDeprecate] = ConsolePolicies.Operate,
        [ImagesSetLabels] = ConsolePolicies.Operate,
        [ImagesSetIamPolicy] = ConsolePolicies.Operate,
        [ImagesMakePublic] = ConsolePolicies.Administer,
        [InstancesInsert] = ConsolePolicies.Operate,
        [SelfServiceClone] = ConsolePolicies.SelfServiceClone,
        [InstancesRestore] = ConsolePolicies.Operate,
        [DrillsRestore] = ConsolePolicies.Operate,
        [DrillsCleanUp] = ConsolePolicies.Operate,
        [SelfServiceApprove] = ConsolePolicies.Administer,
        [SelfServiceExpire] = ConsolePolicies.SelfServiceClone,
        [ImagesProtect] = ConsolePolicies.Administer,
        [ImagesUnprotect] = ConsolePolicies.Administer,
        [MachineImagesProtect] = ConsolePolicies.Administer,
        [MachineImagesUnprotect] = ConsolePolicies.Administer,
        [ImagesRollbackFamily] = ConsolePolicies.Operate,
        [RetentionRulesEdit] = ConsolePolicies.Administer,
        [RetentionCleanupDelete] = ConsolePolicies.Administer,
        [BackupsCreateMachineImage] = Backups.BackupPrincipal.PolicyName,
        [BackupsRetentionDelete] = Backups.BackupPrincipal.PolicyName,
        [BackupsEditPolicy] = ConsolePolicies.Administer,
        [BackupsRunNow] = ConsolePolicies.Operate,
        [BackupsDeleteImages] = ConsolePolicies.Administer,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => Policies.Keys;

    /// <summary>The policy name for the action; throws for an unknown action.</summary>
    public static string PolicyFor(string action)
        => Policies.TryGetValue(action, out var policy)
            ? policy
            : throw new ArgumentException($"'{action}' is not a console action; add it to {nameof(ConsoleActions)} with its policy.", nameof(action));
}
