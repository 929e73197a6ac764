namespace MachineImagesConsole.Model;

/// <summary>
/// The console refused an action because of what the thing is now (a policy declared in configuration is read-only, or
/// it no longer exists); nothing was changed. The command path shows the message with what to do next.
/// </summary>
public sealed class ConsoleConflictException : InvalidOperationException
{
    public ConsoleConflictException()
    {
    }

    public ConsoleConflictException(string message) : base(message)
    {
    }

    public ConsoleConflictException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
