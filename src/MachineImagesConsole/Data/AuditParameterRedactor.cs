using System.Text.Json;
using System.Text.Json.Nodes;

namespace MachineImagesConsole.Data;

/// <summary>
/// Turns an action's parameters into the JSON kept on an <see cref="AuditRecord"/>, replacing the value of
/// any property whose name looks like a secret (secret, token, password, credential, private or raw key
/// material) with <see cref="Redacted"/>, at any depth.
/// </summary>
public static class AuditParameterRedactor
{
    public const string Redacted = "[redacted]";

    private static readonly string[] SecretNameParts =
    [
        "secret", "token", "password", "passwd", "passphrase", "credential", "authorization",
        "privatekey", "apikey", "rawkey", "rsaencryptedkey", "keymaterial", "sshkey",
    ];

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    /// <summary>True when a property with this name must not be written to the audit log.</summary>
    public static bool IsSecretName(string name)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length, 256)];
        var length = 0;
        foreach (var c in name)
        {
            if (length == buffer.Length) break;
            if (c is '-' or '_' or '.' or ' ') continue;
            buffer[length++] = char.ToLowerInvariant(c);
        }

        var normalized = buffer[..length];
        foreach (var part in SecretNameParts)
        {
            if (normalized.Contains(part, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Serializes <paramref name="parameters"/> (camelCase) and redacts secrets; null stays null.</summary>
    public static string? ToRedactedJson(object? parameters)
    {
        if (parameters is null) return null;
        var node = parameters as JsonNode ?? JsonSerializer.SerializeToNode(parameters, parameters.GetType(), SerializerOptions);
        if (node is null) return null;
        var copy = node.DeepClone();
        Redact(copy);
        return copy.ToJsonString();
    }

    private static void Redact(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (IsSecretName(name)) obj[name] = Redacted;
                    else Redact(obj[name]);
                }
                break;
            case JsonArray array:
                foreach (var item in array) Redact(item);
                break;
        }
    }
}
