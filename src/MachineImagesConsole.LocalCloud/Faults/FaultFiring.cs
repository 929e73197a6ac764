namespace MachineImagesConsole.LocalCloud.Faults;

/// <summary>One injected fault, as <see cref="FaultInjector.Firings"/> records it (method id, fault, the request's path and query).</summary>
public sealed record FaultFiring(string MethodId, FaultKind Kind, string Target, DateTimeOffset At);
