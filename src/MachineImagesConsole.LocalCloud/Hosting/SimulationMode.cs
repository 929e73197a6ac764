namespace MachineImagesConsole.LocalCloud.Hosting;

/// <summary>How LocalCloud moves long-running operations forward.</summary>
public enum SimulationMode
{
    /// <summary>Operations finish inside the request that started them (fast tests).</summary>
    Instant,

    /// <summary>Operations move one stage per <c>POST /localcloud/test/advance</c> (deterministic tests).</summary>
    Stepped,

    /// <summary>Operations take time proportional to the data they copy (demos; the default).</summary>
    Timed,
}
