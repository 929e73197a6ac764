using MachineImagesConsole.Compute.Links;
using System.Globalization;
using System.Text.Json;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;
using MachineImagesConsole.Data;

namespace MachineImagesConsole.Operations;

/// <summary>Converts between Compute's <see cref="Operation"/> and the tracker's <see cref="OperationSnapshot"/>.</summary>
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

    /// <summary>
    /// The Operation to hand to <c>ComputeClient.WaitForOperationAsync</c> for a tracked operation: the last JSON
    /// Compute returned when there is one, otherwise a minimal one whose selfLink names project, scope and name.
    /// </summary>
    public static Operation ToOperation(TrackedOperation tracked)
    {
        ArgumentNullException.ThrowIfNull(tracked);
        if (!string.IsNullOrEmpty(tracked.LastRawJson))
        {
            try
            {
                if (JsonSerializer.Deserialize(tracked.LastRawJson, ComputeJsonContext.Default.Operation) is { Name: not null, SelfLink: not null } parsed)
                    return parsed;
            }
            catch (JsonException)
            {
                // Fall through to the minimal form.
            }
        }

        var scopeUrl = ResourceLinks.ToUrl(ResourceLinks.ScopePath(tracked.Project, tracked.Scope), ResourceLinks.SelfLinkBaseUrl);
        return new Operation
        {
            Name = tracked.OperationName,
            Status = tracked.Status,
            SelfLink = $"{scopeUrl}/operations/{tracked.OperationName}",
            Zone = tracked.Scope.StartsWith("zones/", StringComparison.Ordinal) ? scopeUrl : null,
            Region = tracked.Scope.StartsWith("regions/", StringComparison.Ordinal) ? scopeUrl : null,
            TargetLink = tracked.TargetLink,
            OperationType = tracked.OperationType,
        };
    }

    private static DateTimeOffset? ParseTime(string? value)
        => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time.ToUniversalTime() : null;
}
