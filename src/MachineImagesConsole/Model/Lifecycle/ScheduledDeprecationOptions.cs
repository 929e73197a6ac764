namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>Settings of the scheduled-deprecation job (section <c>Console:Lifecycle</c>).</summary>
public sealed class ScheduledDeprecationOptions
{
    public const string SectionName = "Console:Lifecycle";

    /// <summary>How often the job looks for due state changes.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
