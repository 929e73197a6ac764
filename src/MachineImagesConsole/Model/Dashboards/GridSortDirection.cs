namespace MachineImagesConsole.Model.Dashboards;

public enum GridSortDirection
{
    Ascending,
    Descending,
}
