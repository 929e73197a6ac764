namespace MachineImagesConsole.Model.Dashboards;

/// <summary>One Compute operation as the home dashboard lists it.</summary>
public sealed record OperationSummary(string Name, string Type, string Target, string Status, int? Progress, string? User, DateTimeOffset? Inserted, string? Error)
{
    public bool InFlight => Status != "DONE";
}
