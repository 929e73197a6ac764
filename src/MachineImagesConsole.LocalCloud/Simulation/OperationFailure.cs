namespace MachineImagesConsole.LocalCloud.Simulation;

/// <summary>Why an operation finished with an <c>error</c> (code is UPPER_SNAKE, as in Compute's Operation.error).</summary>
public sealed record OperationFailure(string Code, string Message, int HttpStatus, string HttpMessage)
{
    public static OperationFailure NotFound(string path) => new("RESOURCE_NOT_FOUND", $"The resource '{path}' was not found", 404, "NOT FOUND");
}
