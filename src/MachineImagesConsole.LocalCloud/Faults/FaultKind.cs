namespace MachineImagesConsole.LocalCloud.Faults;

/// <summary>What an injected fault does to one Compute call.</summary>
public enum FaultKind
{
    /// <summary>Answers an error (default 503 <c>backendError</c>) without running the handler: nothing is written.</summary>
    ErrorBeforeCommit,

    /// <summary>Runs the handler (the store change and operation are committed), then replaces the reply with an error.</summary>
    ErrorAfterCommit,

    /// <summary>Aborts the connection without running the handler: the client sees a reset, nothing is written.</summary>
    DropBeforeCommit,

    /// <summary>Runs the handler (committed), then aborts the connection instead of replying.</summary>
    DropAfterCommit,

    /// <summary>Waits <see cref="FaultRule.Delay"/> before running the handler.</summary>
    Delay,

    /// <summary>Runs the handler (committed), then holds the reply for <see cref="FaultRule.Delay"/>.</summary>
    DelayAfterCommit,
}
