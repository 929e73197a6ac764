namespace MachineImagesConsole.Model.Commands;

/// <summary>
/// What went wrong with a command, in plain words: what happened, what to do next, and whether "Try again" (which
/// resends the same Compute requestId) can help. <see cref="Reasons"/> keeps Compute's codes for support, never as the message.
/// </summary>
public sealed record CommandProblem
{
    public required CommandProblemKind Kind { get; init; }

    /// <summary>One or two sentences on what happened.</summary>
    public required string Message { get; init; }

    /// <summary>What the person can do next.</summary>
    public required string WhatToDo { get; init; }

    /// <summary>True when sending the same request again can succeed.</summary>
    public bool CanRetry { get; init; }

    /// <summary>Compute's reason codes (shown small, as details).</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>The Compute requestId the command was sent with, when it was sent.</summary>
    public Guid? RequestId { get; init; }
}
