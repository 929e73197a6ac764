namespace MachineImagesConsole.LocalCloud.Store;

/// <summary>One Compute resource, stored as its JSON document plus the columns LocalCloud looks it up by.</summary>
public sealed class ResourceRecord
{
    /// <summary><c>{project}/{scope}/{collection}/{name}</c>, e.g. <c>acme-prod/zones/us-central1-a/instances/web-1</c>.</summary>
    public string Key { get; set; } = "";

    public string Project { get; set; } = "";

    /// <summary><c>machineImages</c>, <c>images</c>, <c>instances</c>, <c>disks</c>...</summary>
    public string Collection { get; set; } = "";

    /// <summary><c>global</c>, <c>zones/us-central1-a</c> or <c>regions/us-central1</c>.</summary>
    public string Scope { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The resource's uint64 id (LocalCloud keeps them below 2^63).</summary>
    public long Id { get; set; }

    /// <summary>UTC ticks of <c>creationTimestamp</c>.</summary>
    public long CreatedTicks { get; set; }

    /// <summary>The wire document; links are stored with <see cref="StoredLinks.Prefix"/> instead of the public origin.</summary>
    public string Json { get; set; } = "";

    public static string MakeKey(string project, string scope, string collection, string name) => $"{project}/{scope}/{collection}/{name}";
}
