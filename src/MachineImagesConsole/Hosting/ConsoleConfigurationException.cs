namespace MachineImagesConsole.Hosting;

/// <summary>The configuration is not usable; the message names every bad key. The host prints it and exits non-zero.</summary>
public sealed class ConsoleConfigurationException : Exception
{
    public ConsoleConfigurationException(IReadOnlyList<string> failures)
        : base("The console's configuration is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, failures.Select(f => "  - " + f)))
        => Failures = failures;

    public ConsoleConfigurationException(string message)
        : base(message) => Failures = [message];

    public ConsoleConfigurationException(string message, Exception innerException)
        : base(message, innerException) => Failures = [message];

    public ConsoleConfigurationException()
        : this("The console's configuration is not valid.")
    {
    }

    public IReadOnlyList<string> Failures { get; }
}
