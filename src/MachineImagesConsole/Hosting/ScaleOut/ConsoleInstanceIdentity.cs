using System.Security.Cryptography;

namespace MachineImagesConsole.Hosting.ScaleOut;

/// <summary>
/// Who this console instance is among several: the owner recorded on operation leases, the sender of Redis messages
/// (so an instance ignores its own), and the <c>service.instance.id</c> of its telemetry.
/// </summary>
public sealed class ConsoleInstanceIdentity(string name)
{
    /// <summary>The configured <c>Console:InstanceName</c>, else host name, process id and a random suffix (unique per start).</summary>
    public string Name { get; } = name;

    public static ConsoleInstanceIdentity Create(string? configuredName)
        => new(configuredName is { Length: > 0 }
            ? configuredName
            : $"{Environment.MachineName}-{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}");
}
