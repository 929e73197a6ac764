using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Model.Operations;

/// <summary>Why the Operations page could not check Compute for new operations just now, and when it tries again.</summary>
public sealed record DiscoveryProblem(DashboardError Error, TimeSpan? RetryIn);
