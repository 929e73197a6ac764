using MachineImagesConsole.Compute.Links;
using System.Globalization;
using System.Text.Json;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;
using MachineImagesConsole.Data;

namespace MachineImagesConsole.Operations;

/// <summary>The one mapping from Compute's <see cref="Operation"/> to the tracker's <see cref="OperationSnapshot"/> (error codes kept as a list).</summary>
public static class OperationSnapshotMapper
{
    public static OperationSnapshot ToSnapshot(Operation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var errors = operation.Error?.Errors ?? [];
        return new OperationSnapshot
        {
            Name = operation.Name ?? throw new ArgumentException("The operation has no name.", nameof(operation)),
            Scope = OperationScopes.From(operation.Zone, operation.Region),
            Status = operation.Status ?? OperationStatus.Pending,
            Progress = Math.Clamp(operation.Progress ?? 0, 0, 100),
            OperationType = operation.OperationType,
            TargetLink = operation.TargetLink,
            User = operation.User,
            ClientOperationId = operation.ClientOperationId,
            InsertTime = ParseTime(operation.InsertTime),
            StartTime = ParseTime(operation.StartTime),
            EndTime = ParseTime(operation.EndTime),
            ErrorReasons = errors.Select(e => e.Code).OfType<string>().Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToArray() is { Length: > 0 } codes
                ? codes
                : operation.Error is not null ? ["OPERATION_FAILED"] : [],
            ErrorMessage = errors.Select(e => e.Message).FirstOrDefault(m => !string.IsNullOrEmpty(m))
                ?? (operation.Error is not null ? operation.HttpErrorMessage : null),
            RawJson = JsonSerializer.Serialize(operation, ComputeJsonContext.Default.Operation),
        };
    }

    private static DateTimeOffset? ParseTime(string? value)
        => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time.ToUniversalTime() : null;
}
