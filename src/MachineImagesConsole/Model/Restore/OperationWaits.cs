using MachineImagesConsole.Compute.Links;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Restore;

/// <summary>Waits for a Compute operation the pipeline returned, and for a VM to reach RUNNING.</summary>
public static class OperationWaits
{
    /// <summary>Waits until the operation is DONE; returns null when it succeeded, or its error reasons and message.</summary>
    public static async Task<(IReadOnlyList<string> Reasons, string Message)?> WaitDoneAsync(
        ComputeClient client, string project, string scope, string operationName, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var operation = new Operation { Name = operationName, SelfLink = ResourceLinks.Operation(project, scope, operationName) };
        try
        {
            await client.WaitForOperationAsync(operation, timeout, null, cancellationToken);
            return null;
        }
        catch (ComputeOperationException error)
        {
            var items = error.Operation.Error?.Errors ?? [];
            var reasons = items.Select(e => e.Code ?? "error").ToList();
            return (reasons.Count > 0 ? reasons : ["error"], items.FirstOrDefault()?.Message ?? error.Message);
        }
        catch (ComputeOperationTimeoutException error)
        {
            return (["timeout"], error.Message);
        }
    }

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
