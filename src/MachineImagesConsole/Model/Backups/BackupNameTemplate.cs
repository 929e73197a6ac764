using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MachineImagesConsole.Compute.Validation;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// The machine-image name a policy gives each backup, from a template such as the seed's
/// <c>${INSTANCE}-backup-${TIMESTAMP}</c>. Variables: <c>${INSTANCE}</c>, <c>${TIMESTAMP}</c> (<c>yyyyMMdd-HHmmss</c> of the
/// scheduled fire time, UTC), <c>${DATE}</c> (<c>yyyyMMdd</c>), <c>${POLICY}</c> and <c>${ZONE}</c>. A valid template always
/// yields a valid Compute name of at most 63 characters: when a long instance name would overflow, the instance part is
/// shortened and ends with four hex characters of its hash, so two long names never collide.
/// </summary>
public static class BackupNameTemplate
{
    public const string Default = "${INSTANCE}-backup-${TIMESTAMP}";

    private static readonly string[] Variables = ["INSTANCE", "TIMESTAMP", "DATE", "POLICY", "ZONE"];

    /// <summary>Why the template can yield an invalid or non-unique name; null when every name it makes is valid.</summary>
    public static string? Validate(string? template, string policyName = "p")
    {
        if (string.IsNullOrWhiteSpace(template)) return "Give a name template, e.g. " + Default + ".";
        var parts = Tokenize(template, out var problem);
        if (problem is not null) return problem;
        if (!parts.Contains("${INSTANCE}")) return "The template must contain ${INSTANCE}, or every VM's backup would get the same name.";
        if (!parts.Contains("${TIMESTAMP}")) return "The template must contain ${TIMESTAMP}, or two runs would make the same name.";
        foreach (var literal in parts.Where(p => !p.StartsWith("${", StringComparison.Ordinal)))
        {
            var bad = literal.FirstOrDefault(c => c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'));
            if (bad != default) return $"Names may contain only lowercase letters, digits and hyphens; '{bad}' in the template is not allowed.";
        }

        // Render the worst cases: the shortest and the longest instance, zone and policy names.
        var when = new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.Zero);
        foreach (var instance in new[] { "a", new string('a', ComputeNames.MaxLength) })
        {
            foreach (var zone in new[] { "a", "northamerica-northeast1-a" })
            {
                var name = TryRender(template, instance, zone, string.IsNullOrEmpty(policyName) ? "p" : policyName, when, out var renderProblem);
                if (renderProblem is not null) return renderProblem;
                if (ComputeNames.Validate(name, "The name it makes") is { } invalid) return $"{invalid} Example: {name}.";
            }
        }
        return null;
    }

    /// <summary>The name for <paramref name="instance"/> at <paramref name="scheduledFor"/> (the template must be valid).</summary>
    public static string Render(string template, string instance, string zone, string policy, DateTimeOffset scheduledFor)
    {
        var name = TryRender(template, instance, zone, policy, scheduledFor, out var problem);
        return problem is null ? name : throw new ArgumentException(problem, nameof(template));
    }

    private static string TryRender(string template, string instance, string zone, string policy, DateTimeOffset scheduledFor, out string? problem)
    {
        var parts = Tokenize(template, out problem);
        if (problem is not null) return "";
        var utc = scheduledFor.UtcDateTime;
        string Value(string part) => part switch
        {
            "${TIMESTAMP}" => utc.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture),
            "${DATE}" => utc.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            "${POLICY}" => policy,
            "${ZONE}" => zone,
            "${INSTANCE}" => "",
            _ => part,
        };

        var fixedLength = parts.Sum(p => Value(p).Length);
        var room = ComputeNames.MaxLength - fixedLength;
        if (room < 6)
        {
            problem = $"The template leaves {Math.Max(0, room)} characters for the instance name (names are at most {ComputeNames.MaxLength}); shorten it.";
            return "";
        }
        var instancePart = instance.Length <= room ? instance : Shorten(instance, room);
        var builder = new StringBuilder();
        foreach (var part in parts) builder.Append(part == "${INSTANCE}" ? instancePart : Value(part));
        return builder.ToString();
    }

    private static string Shorten(string instance, int room)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(instance)))[..4];
        return instance[..(room - 5)].TrimEnd('-') + "-" + hash;
    }

    private static List<string> Tokenize(string template, out string? problem)
    {
        problem = null;
        var parts = new List<string>();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf("${", i, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add(template[i..]);
                break;
            }
            if (open > i) parts.Add(template[i..open]);
            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                problem = "A ${ in the template is not closed with }.";
                return parts;
            }
            var variable = template[(open + 2)..close];
            if (!Variables.Contains(variable, StringComparer.Ordinal))
            {
                problem = $"${{{variable}}} is not a template variable; use {string.Join(", ", Variables.Select(v => "${" + v + "}"))}.";
                return parts;
            }
            parts.Add("${" + variable + "}");
            i = close + 1;
        }
        return parts;
    }
}
