using System.Text.Json;

namespace MachineImagesConsole.Compute.Tests.Contract;

/// <summary>The Compute Engine v1 discovery document (rev 20230610) from <c>../shared/reference</c>, loaded once.</summary>
public static class DiscoveryDocument
{
    private static readonly Lazy<JsonDocument> Document = new(Load);

    public static JsonElement Root => Document.Value.RootElement;

    public static JsonElement Schemas => Root.GetProperty("schemas");

    /// <summary>The method object for an id like <c>compute.machineImages.insert</c>, or null.</summary>
    public static JsonElement? Method(string id)
    {
        var parts = id.Split('.');
        if (parts.Length != 3 || parts[0] != "compute") return null;
        if (!Root.GetProperty("resources").TryGetProperty(parts[1], out var resource)) return null;
        if (!resource.TryGetProperty("methods", out var methods)) return null;
        return methods.TryGetProperty(parts[2], out var method) ? method : null;
    }

    /// <summary>Resolves a schema path such as <c>Operation.error.errors[]</c> to the schema object, or null.</summary>
    public static JsonElement? Schema(string path)
    {
        var parts = path.Split('.');
        if (!Schemas.TryGetProperty(parts[0], out var current)) return null;
        foreach (var raw in parts.Skip(1))
        {
            var isArray = raw.EndsWith("[]", StringComparison.Ordinal);
            var name = isArray ? raw[..^2] : raw;
            if (!current.TryGetProperty("properties", out var props) || !props.TryGetProperty(name, out current)) return null;
            if (isArray) current = current.GetProperty("items");
        }
        return current;
    }

    private static JsonDocument Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference", "compute-v1-discovery.json");
            if (File.Exists(candidate)) return JsonDocument.Parse(File.ReadAllBytes(candidate));
        }
        throw new FileNotFoundException($"shared/reference/compute-v1-discovery.json was not found above {AppContext.BaseDirectory}.");
    }
}
