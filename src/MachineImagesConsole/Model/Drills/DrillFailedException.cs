namespace MachineImagesConsole.Model.Drills;

/// <summary>A restore drill failed at one of its phases; the message is the reason shown in its report.</summary>
public sealed class DrillFailedException : Exception
{
    public DrillFailedException()
    {
    }

    public DrillFailedException(string message) : base(message)
    {
    }

    public DrillFailedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
