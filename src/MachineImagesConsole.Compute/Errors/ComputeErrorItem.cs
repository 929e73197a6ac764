namespace MachineImagesConsole.Compute.Errors;

/// <summary>One entry of Google's <c>error.errors[]</c> (or, for a failed operation, <c>error.errors[]</c> with <c>code</c> as the reason).</summary>
public sealed record ComputeErrorItem(string? Reason, string? Message, string? Domain = null, string? Location = null, string? LocationType = null);
