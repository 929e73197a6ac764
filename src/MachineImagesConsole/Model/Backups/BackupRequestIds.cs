using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// The Compute requestId of one backup: a name-based UUID (version 5, RFC 9562) of (policy, instance, scheduled fire time)
/// in the console's own namespace. The same trigger fired again, replayed after a crash or by a second console of a
/// cluster, sends the same requestId, so Compute makes at most one machine image for it.
/// </summary>
public static class BackupRequestIds
{
    /// <summary>The namespace of backup request ids (a fixed random UUID).</summary>
    public static readonly Guid Namespace = new("5b1f4c2e-8f0a-4c7e-9d4b-2a7e61c0b9d3");

    public static Guid For(long policyId, string instance, DateTimeOffset scheduledFor)
    {
        ArgumentException.ThrowIfNullOrEmpty(instance);
        var name = string.Create(CultureInfo.InvariantCulture, $"backup|{policyId}|{instance}|{scheduledFor.UtcTicks}");
        return Version5(Namespace, name);
    }

    /// <summary>The name-based UUID of <paramref name="name"/> in <paramref name="ns"/> (SHA-1, version 5, RFC 4122 variant).</summary>
    public static Guid Version5(Guid ns, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var nsBytes = ns.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[nsBytes.Length + nameBytes.Length];
        nsBytes.CopyTo(input, 0);
        nameBytes.CopyTo(input, nsBytes.Length);
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 specifies for version-5 UUIDs; it is not used for security here.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
