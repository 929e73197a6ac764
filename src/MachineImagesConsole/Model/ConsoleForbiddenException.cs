namespace MachineImagesConsole.Model;

/// <summary>The console refused an action because the person's role does not allow it (the refusal is audited).</summary>
public sealed class ConsoleForbiddenException : Exception
{
    public ConsoleForbiddenException()
    {
    }

    public ConsoleForbiddenException(string message) : base(message)
    {
    }

    public ConsoleForbiddenException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public ConsoleForbiddenException(string action, string policy, string message) : base(message)
    {
        Action = action;
        Policy = policy;
    }

    public string? Action { get; }

    public string? Policy { get; }
}
