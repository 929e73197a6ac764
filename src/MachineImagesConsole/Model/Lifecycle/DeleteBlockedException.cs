namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>A delete the <see cref="DeleteGuard"/> refused (protected, or a risk without its override). Nothing was sent.</summary>
public sealed class DeleteBlockedException : Exception
{
    public DeleteBlockedException()
    {
    }

    public DeleteBlockedException(string message)
        : base(message)
    {
    }

    public DeleteBlockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DeleteBlockedException(DeleteCheck check, DeleteOverride overrides)
        : base($"The {check?.Target.KindLabel} '{check?.Target.Name}' cannot be deleted: {string.Join(" ", check?.ReasonsAgainst(overrides) ?? [])}")
    {
        Check = check;
    }

    public DeleteCheck? Check { get; }
}
