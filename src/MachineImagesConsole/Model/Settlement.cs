using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model;

/// <summary>How <see cref="MutationJournal.SettleAsync"/> settled an unsettled Compute call.</summary>
public sealed record Settlement(SettlementKind Kind, Operation? Operation = null, ComputeApiException? Refusal = null, Exception? LastError = null)
{
    public static Settlement Completed { get; } = new(SettlementKind.Completed);

    public static Settlement NotResendable { get; } = new(SettlementKind.NotResendable);

    public static Settlement StartedBy(Operation operation) => new(SettlementKind.Started, operation);

    public static Settlement RefusedBy(ComputeApiException error) => new(SettlementKind.Refused, Refusal: error);

    public static Settlement UnknownAfter(Exception? error) => new(SettlementKind.Unknown, LastError: error);
}
