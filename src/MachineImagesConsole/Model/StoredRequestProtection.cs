using System.Text.Json.Nodes;
using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Data;
using Microsoft.AspNetCore.DataProtection;

namespace MachineImagesConsole.Model;

/// <summary>
/// Keeps secrets out of the stored request (<see cref="AuditRecord.RequestJson"/>) while it stays resendable: before it is
/// stored, every secret in the body — a property whose name looks like one (<c>rawKey</c>, <c>rsaEncryptedKey</c>, …, as
/// <see cref="AuditParameterRedactor.IsSecretName"/> decides) and the value of a metadata item whose key is a script or a
/// secret (<c>startup-script</c>) — is replaced by <see cref="Prefix"/> + its ASP.NET Data Protection ciphertext (keys in the
/// console database). The method, path, query (with the requestId) and the rest of the body stay readable. Reading
/// unprotects them again for a resend.
/// </summary>
public sealed class StoredRequestProtection(IDataProtectionProvider dataProtection)
{
    /// <summary>Marks a protected value in a stored body.</summary>
    public const string Prefix = "protected:";

    private readonly IDataProtector _protector = dataProtection.CreateProtector("MachineImagesConsole.AuditRecords.Request.v1");

    /// <summary>The request as it is stored: JSON with its secrets protected.</summary>
    public string ToStoredJson(ComputeRequestRecord request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (request with { Body = Transform(request.Body, protect: true) }).ToJson();
    }

    /// <summary>The request <see cref="ToStoredJson"/> stored, with its secrets back (null when nothing was stored).</summary>
    public ComputeRequestRecord? FromStoredJson(string? json)
        => ComputeRequestRecord.FromJson(json) is { } stored ? stored with { Body = Transform(stored.Body, protect: false) } : null;

    private string? Transform(string? body, bool protect)
    {
        if (string.IsNullOrWhiteSpace(body)) return body;
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return body; // not JSON: nothing we can tell apart
        }

        var changed = false;
        Walk(root);
        return changed ? root!.ToJsonString() : body;

        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    var metadataSecret = obj["key"] is JsonValue key && key.TryGetValue<string>(out var name)
                        && (AuditParameterRedactor.IsSecretName(name) || name.Contains("script", StringComparison.OrdinalIgnoreCase));
                    foreach (var (property, value) in obj.ToList())
                    {
                        if (value is JsonValue text && text.TryGetValue<string>(out var s))
                        {
                            if (protect && (AuditParameterRedactor.IsSecretName(property) || (metadataSecret && property == "value")))
                            {
                                obj[property] = Prefix + _protector.Protect(s);
                                changed = true;
                            }
                            else if (!protect && s.StartsWith(Prefix, StringComparison.Ordinal))
                            {
                                obj[property] = _protector.Unprotect(s[Prefix.Length..]);
                                changed = true;
                            }
                        }
                        else
                        {
                            Walk(value);
                        }
                    }
                    break;
                case JsonArray array:
                    foreach (var item in array) Walk(item);
                    break;
            }
        }
    }
}
