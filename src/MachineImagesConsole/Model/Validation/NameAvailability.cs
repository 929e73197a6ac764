using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Validation;

namespace MachineImagesConsole.Model.Validation;

/// <summary>
/// Whether a new resource's name is still free, asked of Compute with a GET as the person types (the field debounces).
/// Remembers each answer, so a form's synchronous validation (Next, Save) sees a name already found taken.
/// One per form (scoped); answers are per scope (project, zone) and name.
/// </summary>
public sealed class NameAvailability(ComputeSession compute)
{
    private readonly Dictionary<string, bool> _taken = new(StringComparer.Ordinal);

    /// <summary>The message for a name already found taken in the scope, or null (free, or not checked yet).</summary>
    public string? Known(NameScope scope, string? name)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return name is not null && _taken.TryGetValue(scope.Key(name), out var taken) && taken ? scope.TakenMessage(name) : null;
    }

    /// <summary>Asks Compute whether <paramref name="name"/> exists in the scope; a message when it does, otherwise null.</summary>
    public async Task<string?> CheckAsync(NameScope scope, string? name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        name = name?.Trim();
        if (!ComputeNames.IsValid(name) || !scope.IsComplete) return null;
        var key = scope.Key(name!);
        if (!_taken.TryGetValue(key, out var taken))
        {
            try
            {
                taken = await ExistsAsync(scope, name!, cancellationToken);
            }
            catch (ComputeApiException)
            {
                return null; // Compute could not say: the pre-flight check and Compute itself still refuse a taken name.
            }
            _taken[key] = taken;
        }
        return taken ? scope.TakenMessage(name!) : null;
    }

    private async Task<bool> ExistsAsync(NameScope scope, string name, CancellationToken cancellationToken)
    {
        try
        {
            _ = scope.Kind switch
            {
                NameKind.Instance => (object)await compute.Client.Instances.GetAsync(scope.Project, scope.Zone!, name, cancellationToken),
                NameKind.MachineImage => await compute.Client.MachineImages.GetAsync(scope.Project, name, cancellationToken),
                _ => await compute.Client.Images.GetAsync(scope.Project, name, cancellationToken),
            };
            return true;
        }
        catch (ComputeApiException e) when (e.IsNotFound)
        {
            return false;
        }
    }
}
