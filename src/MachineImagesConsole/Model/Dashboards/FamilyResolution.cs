namespace MachineImagesConsole.Model.Dashboards;

/// <summary>
/// What <c>images.getFromFamily</c> answered for one family: the image it resolves to now (null: it resolves to nothing),
/// or the error when the call failed (then the page falls back to the value computed from the list).
/// </summary>
public sealed record FamilyResolution(string? ImageName, DashboardError? Error)
{
    public bool Failed => Error is not null;
}
