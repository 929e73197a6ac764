using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Store;

namespace MachineImagesConsole.LocalCloud.Simulation;

/// <summary>What a handler asks the simulation to do: the work kind, its target, duration and what it reads from.</summary>
public sealed class OperationPlan
{
    /// <summary><c>machineImages.insert</c>, <c>images.delete</c>, <c>instances.start</c>...; or <c>sync</c> for work already done.</summary>
    public required string Kind { get; init; }

    /// <summary>The Operation's <c>operationType</c> (<c>insert</c>, <c>delete</c>, <c>setLabels</c>...).</summary>
    public required string OperationType { get; init; }

    public required string Project { get; init; }

    /// <summary><c>global</c>, <c>zones/Z</c> or <c>regions/R</c>.</summary>
    public required string Scope { get; init; }

    public required string TargetPath { get; init; }

    public required string TargetKey { get; init; }

    public required long TargetId { get; init; }

    /// <summary>Size of the data the work copies, for the timed duration.</summary>
    public double Gigabytes { get; init; }

    public IReadOnlyList<string> Uses { get; init; } = [];

    public string? QuotaRegion { get; init; }

    public JsonArray? Warnings { get; init; }

    public JsonObject Data { get; init; } = [];

    /// <summary>True when the handler already applied the change (labels, deprecation...): the operation is DONE at once.</summary>
    public bool Completed { get; init; }

    internal static string UsesColumn(IEnumerable<string> keys) => string.Concat(keys.Select(k => "|" + k + "|"));

    internal static string TargetKeyOf(ResourceRecord r) => r.Key;
}
