using System.Net;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Compute.Errors;

/// <summary>
/// A long-running operation finished (<c>DONE</c>) with an <c>error</c>. <see cref="ComputeApiException.Reasons"/>
/// holds every <c>error.errors[].code</c> (e.g. <c>QUOTA_EXCEEDED</c>).
/// </summary>
public sealed class ComputeOperationException : ComputeApiException
{
    public ComputeOperationException(Operation operation)
        : base(StatusOf(operation), MessageOf(operation), ErrorsOf(operation))
    {
        Operation = operation;
    }

    /// <summary>The finished operation as the server returned it.</summary>
    public Operation Operation { get; }

    private static HttpStatusCode StatusOf(Operation op) =>
        op.HttpErrorStatusCode is int code and >= 100 and <= 599 ? (HttpStatusCode)code : HttpStatusCode.InternalServerError;

    private static List<ComputeErrorItem> ErrorsOf(Operation op) =>
        op.Error?.Errors?.Select(e => new ComputeErrorItem(e.Code, e.Message, null, e.Location)).ToList() ?? [];

    private static string MessageOf(Operation op)
    {
        var first = op.Error?.Errors?.FirstOrDefault(e => !string.IsNullOrEmpty(e.Message))?.Message;
        var what = $"Operation {op.Name} ({op.OperationType} {op.TargetLink})";
        return first is null ? $"{what} failed: {op.HttpErrorMessage ?? "unknown error"}." : $"{what} failed: {first}";
    }
}
