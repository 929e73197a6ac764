using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Compute.Tests.Contract;

/// <summary>Every JSON property of every model against the discovery schema of the same name.</summary>
public sealed class ModelContractTests
{
    /// <summary>
    /// Fields the 20230610 discovery document lacks but the newer contract has (compute-api-notes.md §9:
    /// "MachineImage gained labels, labelFingerprint, satisfiesPzi, params"), plus MachineImageParams itself.
    /// </summary>
    private static readonly HashSet<string> LaterProperties =
    [
        "MachineImage.labels", "MachineImage.labelFingerprint", "MachineImage.satisfiesPzi", "MachineImage.params",
    ];

    private static readonly HashSet<string> LaterSchemas = ["MachineImageParams"];

    /// <summary>Deprecated discovery members the models leave out on purpose (they still round-trip through extension data).</summary>
    private static readonly HashSet<string> DeliberatelyUnmodelled = ["Policy.rules", "Binding.bindingId"];

    private static readonly Assembly ComputeAssembly = typeof(MachineImage).Assembly;

    public static TheoryData<string> ModelTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in ModelTypeList()) data.Add(type.Name);
        return data;
    }

    private static List<Type> ModelTypeList() =>
        ComputeAssembly.GetTypes()
            .Where(t => t.IsClass && t.IsPublic && t.Namespace == "MachineImagesConsole.Compute.Models")
            .Where(t => JsonProperties(t).Any())
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<(PropertyInfo Property, string JsonName)> JsonProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonExtensionDataAttribute>() is null)
            .Select(p => (p, p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name))
            .Where(x => x.Name is not null)
            .Select(x => (x.p, x.Name!));

    private static string SchemaPath(Type type) =>
        type.GetCustomAttribute<DiscoverySchemaAttribute>()?.Path ?? type.Name;

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Model_EveryJsonProperty_ExistsInDiscoveryWithCompatibleType(string typeName)
    {
        var type = ModelTypeList().Single(t => t.Name == typeName);
        var path = SchemaPath(type);
        if (LaterSchemas.Contains(path)) return;
        var schema = DiscoveryDocument.Schema(path);
        Assert.True(schema.HasValue, $"{typeName}: discovery has no schema '{path}'.");
        Assert.True(schema.Value.TryGetProperty("properties", out var properties), $"{path} has no properties.");

        var problems = new List<string>();
        foreach (var (property, jsonName) in JsonProperties(type))
        {
            if (LaterProperties.Contains($"{path}.{jsonName}")) continue;
            if (!properties.TryGetProperty(jsonName, out var discovery))
            {
                problems.Add($"{path}.{jsonName} is not in discovery");
                continue;
            }
            if (Incompatible(property.PropertyType, discovery) is { } why) problems.Add($"{path}.{jsonName}: {why}");
            if (NeedsStringNumbers(discovery) && property.GetCustomAttribute<JsonNumberHandlingAttribute>()?.Handling.HasFlag(JsonNumberHandling.WriteAsString) != true)
                problems.Add($"{path}.{jsonName}: int64/uint64 must be written as a JSON string");
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Model_CoversEveryDiscoveryProperty(string typeName)
    {
        var type = ModelTypeList().Single(t => t.Name == typeName);
        var path = SchemaPath(type);
        if (LaterSchemas.Contains(path) || DiscoveryDocument.Schema(path) is not { } schema) return;

        var modelled = JsonProperties(type).Select(p => p.JsonName).ToHashSet();
        var missing = schema.GetProperty("properties").EnumerateObject()
            .Select(p => p.Name)
            .Where(n => !modelled.Contains(n) && !DeliberatelyUnmodelled.Contains($"{path}.{n}"))
            .ToList();

        Assert.True(missing.Count == 0, $"{path} lacks: {string.Join(", ", missing)}");
    }

    /// <summary>Aggregated lists key their items by scope, so they are paged by their own clients, not as <see cref="IComputeList{T}"/>.</summary>
    [Fact]
    public void Models_ListEnvelopes_ImplementIComputeList()
    {
        var lists = ModelTypeList().Where(t => t.GetProperty("NextPageToken") is not null && !t.Name.EndsWith("AggregatedList", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(lists);
        Assert.All(lists, t => Assert.Contains(t.GetInterfaces(), i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IComputeList<>)));
    }

    [Fact]
    public void Models_TopLevelResources_KeepUnknownFields()
    {
        Type[] resources = [typeof(MachineImage), typeof(Image), typeof(Instance), typeof(Operation), typeof(Policy), typeof(InstanceTemplate), typeof(Disk), typeof(Snapshot)];

        Assert.All(resources, t => Assert.Contains(t.GetProperties(), p => p.GetCustomAttribute<JsonExtensionDataAttribute>() is not null));
    }

    private static bool NeedsStringNumbers(JsonElement d) =>
        d.TryGetProperty("type", out var t) && t.GetString() == "string"
        && d.TryGetProperty("format", out var f) && f.GetString() is "int64" or "uint64";

    /// <summary>Null when the CLR type can carry the discovery type, otherwise why not.</summary>
    private static string? Incompatible(Type clr, JsonElement d)
    {
        clr = Nullable.GetUnderlyingType(clr) ?? clr;
        var type = d.TryGetProperty("type", out var t) ? t.GetString() : null;
        var format = d.TryGetProperty("format", out var f) ? f.GetString() : null;

        if (d.TryGetProperty("$ref", out var reference))
        {
            return clr.Name == reference.GetString() ? null : $"{clr.Name} but discovery refers to {reference.GetString()}";
        }

        if (clr.IsGenericType && clr.GetGenericTypeDefinition() == typeof(List<>))
        {
            return type == "array" ? Incompatible(clr.GetGenericArguments()[0], d.GetProperty("items")) : $"list but discovery type {type}";
        }

        if (clr.IsGenericType && clr.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return type == "object" && d.TryGetProperty("additionalProperties", out var values)
                ? Incompatible(clr.GetGenericArguments()[1], values)
                : "map but discovery has no additionalProperties";
        }

        if (clr == typeof(JsonElement)) return type is "any" or "object" ? null : $"JsonElement but discovery type {type}";

        if (clr.Namespace == "MachineImagesConsole.Compute.Models" && clr.IsClass)
        {
            // An inline (anonymous) object schema; the class itself is checked against its DiscoverySchema path.
            return type == "object" && d.TryGetProperty("properties", out _) && clr.GetCustomAttribute<DiscoverySchemaAttribute>() is not null
                ? null
                : $"{clr.Name} but discovery has an anonymous {type}";
        }

        return (clr.Name, type, format) switch
        {
            ("String", "string", null or "byte" or "date-time" or "google-datetime") => null,
            ("Int64", "string", "int64") => null,
            ("UInt64", "string", "uint64") => null,
            ("Int32", "integer", "int32" or null) => null,
            ("UInt32", "integer", "uint32") => null,
            ("Boolean", "boolean", _) => null,
            ("Double", "number", "double" or null) => null,
            ("Single", "number", "float") => null,
            _ => $"{clr.Name} is not compatible with discovery {type}/{format ?? "-"}",
        };
    }
}
