using System.Text.Json.Serialization;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.ResourceManager;

namespace MachineImagesConsole.Compute.Serialization;

/// <summary>
/// Source-generated JSON metadata for every Compute Engine model: camelCase names exactly as the
/// discovery document (set per property), int64/uint64 as JSON strings (set per property), enums as
/// strings, nulls omitted when writing, unknown members kept in <c>AdditionalProperties</c>.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(MachineImage))]
[JsonSerializable(typeof(MachineImageList))]
[JsonSerializable(typeof(Image))]
[JsonSerializable(typeof(ImageList))]
[JsonSerializable(typeof(Instance))]
[JsonSerializable(typeof(InstanceList))]
[JsonSerializable(typeof(InstanceAggregatedList))]
[JsonSerializable(typeof(InstanceTemplate))]
[JsonSerializable(typeof(InstanceTemplateList))]
[JsonSerializable(typeof(Disk))]
[JsonSerializable(typeof(DiskList))]
[JsonSerializable(typeof(Snapshot))]
[JsonSerializable(typeof(SnapshotList))]
[JsonSerializable(typeof(Zone))]
[JsonSerializable(typeof(ZoneList))]
[JsonSerializable(typeof(Region))]
[JsonSerializable(typeof(RegionList))]
[JsonSerializable(typeof(MachineType))]
[JsonSerializable(typeof(MachineTypeList))]
[JsonSerializable(typeof(Network))]
[JsonSerializable(typeof(NetworkList))]
[JsonSerializable(typeof(Subnetwork))]
[JsonSerializable(typeof(SubnetworkList))]
[JsonSerializable(typeof(Project))]
[JsonSerializable(typeof(Operation))]
[JsonSerializable(typeof(OperationList))]
[JsonSerializable(typeof(OperationAggregatedList))]
[JsonSerializable(typeof(Policy))]
[JsonSerializable(typeof(GlobalSetPolicyRequest))]
[JsonSerializable(typeof(GlobalSetLabelsRequest))]
[JsonSerializable(typeof(TestPermissionsRequest))]
[JsonSerializable(typeof(TestPermissionsResponse))]
[JsonSerializable(typeof(DeprecationStatus))]
[JsonSerializable(typeof(SerialPortOutput))]
[JsonSerializable(typeof(SearchProjectsResponse))]
[JsonSerializable(typeof(ResourceManagerProject))]
public sealed partial class ComputeJsonContext : JsonSerializerContext;
