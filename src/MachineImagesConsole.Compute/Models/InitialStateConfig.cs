using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachineImagesConsole.Compute.Models;

/// <summary>Initial State for shielded instance, these are public keys which are safe to store in public</summary>
public sealed class InitialStateConfig
{
    /// <summary>The Key Database (db).</summary>
    [JsonPropertyName("dbs")]
    public List<FileContentBuffer>? Dbs { get; set; }

    /// <summary>The forbidden key database (dbx).</summary>
    [JsonPropertyName("dbxs")]
    public List<FileContentBuffer>? Dbxs { get; set; }

    /// <summary>The Key Exchange Key (KEK).</summary>
    [JsonPropertyName("keks")]
    public List<FileContentBuffer>? Keks { get; set; }

    /// <summary>The Platform Key (PK).</summary>
    [JsonPropertyName("pk")]
    public FileContentBuffer? Pk { get; set; }

    /// <summary>Members this model does not declare (newer API fields), kept so the JSON round-trips.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
