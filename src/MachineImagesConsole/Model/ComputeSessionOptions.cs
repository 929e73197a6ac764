using MachineImagesConsole.Data;

namespace MachineImagesConsole.Model;

/// <summary>How the console calls Compute (configuration section <c>Console:Compute</c>).</summary>
public sealed class ComputeSessionOptions
{
    public const string SectionName = "Console:Compute";

    /// <summary><c>User</c> (each person's own token; default) or <c>ServiceAccount</c> (the console's automation identity).</summary>
    public ComputeIdentity Identity { get; set; } = ComputeIdentity.User;

    /// <summary>How long a list read is reused for the same project, identity and kind (any mutation in the project clears it).</summary>
    public TimeSpan ListCacheWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The most items the list cache holds for all projects and people together (a list counts its items, any other read 1).
    /// Past it, the oldest quarter is evicted; a list larger than the limit is loaded but not kept.
    /// </summary>
    public long ListCacheSizeLimit { get; set; } = 50_000;
}
