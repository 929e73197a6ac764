namespace MachineImagesConsole.Model.Drills;

/// <summary>What a drill can restore in a project (scoped, per circuit): its machine images and its instances (<c>zones/Z/instances/N</c>).</summary>
public sealed class DrillSources(ComputeSession session)
{
    public async Task<(IReadOnlyList<string> MachineImages, IReadOnlyList<string> Instances)> ListAsync(string project, CancellationToken cancellationToken)
    {
        var images = (await session.ListMachineImagesAsync(project, cancellationToken)).Select(m => m.Name).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var instances = (await session.ListInstancesAsync(project, cancellationToken)).Select(i => $"{i.Scope}/instances/{i.Instance.Name}").Order(StringComparer.Ordinal).ToList();
        return (images, instances);
    }
}
