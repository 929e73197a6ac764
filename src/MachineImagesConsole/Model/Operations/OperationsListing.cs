using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Operations;

/// <summary>A project's operations across scopes, and the scopes that could not be read (with Compute's reason).</summary>
public sealed record OperationsListing(IReadOnlyList<Operation> Operations, IReadOnlyList<string> UnreadableScopes);
