namespace MachineImagesConsole.LocalCloud.Store;

/// <summary>A long-running operation: its wire document plus the simulation's plan and stage.</summary>
public sealed class OperationRecord
{
    public string Key { get; set; } = "";

    public string Project { get; set; } = "";

    /// <summary><c>global</c>, <c>zones/Z</c> or <c>regions/R</c>.</summary>
    public string Scope { get; set; } = "";

    public string Name { get; set; } = "";

    public long Id { get; set; }

    public long CreatedTicks { get; set; }

    /// <summary><c>machineImages.insert</c>, <c>instances.stop</c>... (what the simulation does).</summary>
    public string Kind { get; set; } = "";

    /// <summary>0 = PENDING, 1 = RUNNING, 2 = DONE.</summary>
    public int Stage { get; set; }

    public bool Done { get; set; }

    /// <summary><c>operations.delete</c> hides the record; the work still finishes.</summary>
    public bool Hidden { get; set; }

    /// <summary>Key of the resource the operation changes.</summary>
    public string TargetKey { get; set; } = "";

    /// <summary>Keys of resources the operation reads from, each wrapped in '|' (for "in use" checks).</summary>
    public string Uses { get; set; } = "";

    /// <summary>The region whose concurrent-creation quota this operation counts against (image/machine image inserts).</summary>
    public string? QuotaRegion { get; set; }

    public long DurationMs { get; set; }

    public string Json { get; set; } = "";

    /// <summary>Data the simulation needs to finish the work (JSON).</summary>
    public string PlanJson { get; set; } = "{}";
}
