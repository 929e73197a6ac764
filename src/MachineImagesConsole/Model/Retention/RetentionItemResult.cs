namespace MachineImagesConsole.Model.Retention;

/// <summary>What happened to one delete of a clean-up run.</summary>
public sealed record RetentionItemResult(string Name, MutationResult? Mutation, string? Skipped)
{
    public bool Submitted => Mutation is { Succeeded: true };
}
