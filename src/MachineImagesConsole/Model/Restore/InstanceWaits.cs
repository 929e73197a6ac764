using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Restore;

/// <summary>
/// The one place that waits for a VM to reach RUNNING (a resource read, <c>instances.get</c>; operations are waited on
/// only through <c>OperationTracker.WhenDoneAsync</c>).
/// </summary>
public static class InstanceWaits
{
    /// <summary>Polls <c>instances.get</c> until the VM is RUNNING (true), reaches TERMINATED or is gone (false), or the timeout.</summary>
    public static async Task<(bool Running, string Status)> WaitRunningAsync(
        ComputeClient client, string project, string zone, string name, TimeSpan timeout, TimeSpan pollInterval, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(time);
        var started = time.GetTimestamp();
        while (true)
        {
            Instance vm;
            try
            {
                vm = await client.Instances.GetAsync(project, zone, name, cancellationToken);
            }
            catch (ComputeApiException error) when (error.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                return (false, "NOT_FOUND");
            }
            var status = vm.Status ?? "UNKNOWN";
            if (status == "RUNNING") return (true, status);
            if (status is "TERMINATED" or "STOPPED" or "SUSPENDED") return (false, status);
            if (time.GetElapsedTime(started) > timeout) return (false, status);
            await Task.Delay(pollInterval, time, cancellationToken);
        }
    }
}
