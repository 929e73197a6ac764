namespace MachineImagesConsole.Model.HelpDesk;

/// <summary>
/// A help-desk clone request as it reaches the server. Every field is checked by <see cref="CloneGuardrails"/>;
/// <see cref="ExternalIp"/> exists so that a crafted request asking for one is refused rather than silently ignored.
/// </summary>
public sealed record SelfServiceCloneRequest
{
    public required string SourceProject { get; init; }

    public required string MachineImage { get; init; }

    public required string Project { get; init; }

    public required string Zone { get; init; }

    public required string Name { get; init; }

    public required string MachineType { get; init; }

    public required string Reason { get; init; }

    /// <summary>How long the clone lives; null uses <see cref="HelpDeskOptions.DefaultTtl"/>.</summary>
    public TimeSpan? Ttl { get; init; }

    public bool ExternalIp { get; init; }
}
