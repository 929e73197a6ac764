using System.Text.Json.Nodes;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>
/// One Compute method: its discovery id (e.g. <c>compute.images.insert</c>), HTTP verb, path template relative to
/// <c>/compute/v1/</c> exactly as in the discovery document, and the handler. <paramref name="SinceRevision"/> marks
/// methods newer than the saved discovery revision (20230610).
/// </summary>
public sealed record ComputeRoute(string MethodId, string HttpMethod, string Path, Func<ComputeCall, Task<JsonNode?>> Handler, string? SinceRevision = null);
