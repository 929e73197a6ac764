using MachineImagesConsole.Compute.Links;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Restore;

/// <summary>The <see cref="MutationCommand"/>s of restores: <c>instances.insert</c> with <c>sourceMachineImage</c>, and the machine image of a VM.</summary>
public static class RestoreCommands
{
    /// <summary>Restores <paramref name="image"/> as <paramref name="request"/> asks (audited as <paramref name="action"/>).</summary>
    public static MutationCommand Restore(MachineImage image, RestoreRequest request, string action = ConsoleActions.InstancesRestore, object? extraParameters = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(request);
        return Insert(action, request, RestorePlanner.BuildBody(image, request),
            new { overrides = RestorePlanner.Diff(image, request).Select(c => c.Field + ": " + c.Requested).ToList(), details = extraParameters });
    }

    /// <summary><c>instances.insert</c> of <paramref name="body"/> from the request's machine image (the body is sent as given).</summary>
    public static MutationCommand Insert(string action, RestoreRequest request, Instance body, object? parameters)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        var source = RestorePlanner.SourceMachineImage(request);
        var project = request.TargetProject;
        var zone = request.Zone;
        return MutationCommand.ForOperation(
            action, project, ResourceLinks.Instance(project, zone, request.Name),
            new { sourceMachineImage = source, zone, machineType = request.EffectiveMachineType, request = parameters },
            (client, requestId, ct) => client.Instances.InsertAsync(project, zone, body, sourceMachineImage: source, requestId: requestId, cancellationToken: ct));
    }

    /// <summary>Deletes a VM (drill clean-up, clone expiry).</summary>
    public static MutationCommand DeleteInstance(string action, string project, string zone, string name, object? parameters = null)
        => MutationCommand.ForOperation(action, project, ResourceLinks.Instance(project, zone, name), parameters,
            (client, requestId, ct) => client.Instances.DeleteAsync(project, zone, name, requestId, cancellationToken: ct));

    /// <summary>Takes a machine image of a VM (first step of a clone from a VM; audited as <paramref name="action"/>).</summary>
    public static MutationCommand MachineImageOfInstance(string project, string zone, string instance, string imageName, string action = ConsoleActions.MachineImagesInsert)
    {
        var source = ResourceLinks.Instance(project, zone, instance);
        return MutationCommand.ForOperation(action, project, imageName,
            new { name = imageName, sourceInstance = source, purpose = "clone" },
            (client, requestId, ct) => client.MachineImages.InsertAsync(project, new MachineImage { Name = imageName, Description = $"Clone of {instance}" }, source, requestId, ct));
    }
}
