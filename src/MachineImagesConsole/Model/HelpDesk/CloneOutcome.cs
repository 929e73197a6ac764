namespace MachineImagesConsole.Model.HelpDesk;

/// <summary>What happened to a self-service clone request: refused with reasons, failed in Compute, or submitted.</summary>
public sealed record CloneOutcome
{
    public required bool Accepted { get; init; }

    /// <summary>The guardrails the request broke, or Compute's error (empty when accepted).</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>The clone's record when accepted.</summary>
    public long? CloneId { get; init; }

    public MutationResult? Mutation { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }
}
