namespace MachineImagesConsole.Model.Dashboards;

/// <summary>A value against one of Compute's limits (from <c>ComputeLimits</c>), e.g. 412 of 1,000 machine images.</summary>
public sealed record LimitGauge(string Title, double Value, double Limit, string ValueText, string LimitText, string? Detail)
{
    public double Percent => Limit <= 0 ? 0 : Math.Clamp(Value / Limit * 100, 0, 100);

    /// <summary>Warn from 80 % of the limit; at or over it is an error.</summary>
    public string Level => Value >= Limit ? "over" : Percent >= 80 ? "near" : "ok";
}
