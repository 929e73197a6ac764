namespace MachineImagesConsole.LocalCloud.Store;

/// <summary>A <c>requestId</c> seen in a project, and the operation it started (kept 60 minutes).</summary>
public sealed class RequestIdRecord
{
    public string Project { get; set; } = "";

    public string RequestId { get; set; } = "";

    public string OperationKey { get; set; } = "";

    public long CreatedTicks { get; set; }
}
