namespace MachineImagesConsole.Model;

/// <summary>What happened to one run of a <see cref="MutationCommand"/>.</summary>
public sealed record MutationResult
{
    public required MutationOutcome Outcome { get; init; }

    public required long AuditRecordId { get; init; }

    public required Guid RequestId { get; init; }

    /// <summary>The Compute operation (when one was returned).</summary>
    public string? OperationName { get; init; }

    /// <summary>The operation's scope (<c>global</c>, <c>zones/..</c>, <c>regions/..</c>) when one was returned.</summary>
    public string? OperationScope { get; init; }

    /// <summary>The tracker's id for the operation (when one was returned).</summary>
    public long? TrackedOperationId { get; init; }

    public IReadOnlyList<string> ErrorReasons { get; init; } = [];

    public string? ErrorMessage { get; init; }

    /// <summary>A plain sentence telling the person what to do about the error.</summary>
    public string? WhatToDo { get; init; }

    public bool Succeeded => Outcome is not MutationOutcome.Failed;
}
