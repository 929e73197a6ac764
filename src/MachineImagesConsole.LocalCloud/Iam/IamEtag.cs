using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MachineImagesConsole.LocalCloud.Iam;

/// <summary>
/// The <c>etag</c> of an IAM policy: base64 of the first 8 bytes of SHA-256 over a canonical form of the policy
/// (the same length as Google's etags, e.g. <c>BwXhqDwgV0k=</c>). The canonical form ignores any <c>etag</c>
/// already present, orders object keys, members within a binding and the bindings themselves, so the etag is
/// stable across key and member order and changes whenever the content changes.
/// </summary>
public static class IamEtag
{
    public static string Compute(JsonObject policyWithoutEtag)
    {
        ArgumentNullException.ThrowIfNull(policyWithoutEtag);

        var canonical = new StringBuilder();
        WritePolicy(policyWithoutEtag, canonical);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString()));
        return Convert.ToBase64String(hash, 0, 8);
    }

    private static void WritePolicy(JsonObject policy, StringBuilder into)
    {
        into.Append('{');
        var first = true;
        foreach (var (key, value) in policy.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (key == "etag")
            {
                continue;
            }

            Separator(ref first, into);
            into.Append(JsonSerializer.Serialize(key)).Append(':');
            if (key == "bindings" && value is JsonArray bindings)
            {
                var sorted = bindings.Select(CanonicalBinding).Order(StringComparer.Ordinal);
                into.Append('[').AppendJoin(',', sorted).Append(']');
            }
            else
            {
                Write(value, into);
            }
        }

        into.Append('}');
    }

    private static string CanonicalBinding(JsonNode? binding)
    {
        var into = new StringBuilder();
        if (binding is not JsonObject obj)
        {
            Write(binding, into);
            return into.ToString();
        }

        into.Append('{');
        var first = true;
        foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Separator(ref first, into);
            into.Append(JsonSerializer.Serialize(key)).Append(':');
            if (key == "members" && value is JsonArray members)
            {
                var sorted = members.Select(m => Canonical(m)).Order(StringComparer.Ordinal);
                into.Append('[').AppendJoin(',', sorted).Append(']');
            }
            else
            {
                Write(value, into);
            }
        }

        into.Append('}');
        return into.ToString();
    }

    private static string Canonical(JsonNode? node)
    {
        var into = new StringBuilder();
        Write(node, into);
        return into.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder into)
    {
        switch (node)
        {
            case null:
                into.Append("null");
                break;
            case JsonObject obj:
                into.Append('{');
                var first = true;
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    Separator(ref first, into);
                    into.Append(JsonSerializer.Serialize(key)).Append(':');
                    Write(value, into);
                }

                into.Append('}');
                break;
            case JsonArray array:
                into.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        into.Append(',');
                    }

                    Write(array[i], into);
                }

                into.Append(']');
                break;
            default:
                into.Append(node.ToJsonString());
                break;
        }
    }

    private static void Separator(ref bool first, StringBuilder into)
    {
        if (!first)
        {
            into.Append(',');
        }

        first = false;
    }
}
