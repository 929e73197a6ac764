namespace MachineImagesConsole.Model.Dashboards;

public sealed record WeekCount(DateOnly Week, int Images, int MachineImages);
