namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>An error LocalCloud answers with Google's error JSON (status, reason, message). Thrown before anything is written.</summary>
public sealed class ComputeException(int status, string reason, string message, string? location = null, string? locationType = null)
    : Exception(message)
{
    public int Status { get; } = status;

    public string Reason { get; } = reason;

    public string? Location { get; } = location;

    public string? LocationType { get; } = locationType;
}
