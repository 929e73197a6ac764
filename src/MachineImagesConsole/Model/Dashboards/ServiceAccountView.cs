namespace MachineImagesConsole.Model.Dashboards;

public sealed record ServiceAccountView(string Email, IReadOnlyList<string> Scopes);
