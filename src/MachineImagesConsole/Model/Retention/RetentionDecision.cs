namespace MachineImagesConsole.Model.Retention;

/// <summary>What the planner decided for one matching resource, and why.</summary>
public sealed record RetentionDecision(string Name, DateTimeOffset Created, bool Delete, string Reason);
