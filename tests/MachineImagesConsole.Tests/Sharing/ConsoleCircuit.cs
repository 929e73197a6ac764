using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Lifecycle;
using MachineImagesConsole.Model.Retention;
using MachineImagesConsole.Model.Sharing;

namespace MachineImagesConsole.Tests.Sharing;

/// <summary>The scoped lifecycle services one person's circuit would get.</summary>
internal sealed record ConsoleCircuit(
    ComputeSession Session,
    MutationPipeline Pipeline,
    SharingService Sharing,
    DeleteGuard Guard,
    ProtectionService Protection,
    LabelsService Labels,
    RetentionService Retention,
    DeprecationService Deprecation);
