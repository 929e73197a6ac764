namespace MachineImagesConsole.Model;

/// <summary>
/// Builds a <see cref="MutationPipeline"/> for work the console does on a person's behalf without their browser (scheduled
/// deprecations): authorized and audited as that person and console role, calling Compute as the console's service
/// account. The one implementation is <see cref="ServiceAccountPipelines"/> (which also serves drills, clones and backups).
/// </summary>
public interface IBackgroundPipelineFactory
{
    MutationPipeline Create(string email, string role);
}
