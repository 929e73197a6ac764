using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model;

/// <summary>
/// One user intent to change something in Compute. Its <see cref="RequestId"/> is created once: running the
/// same command again (the user's "retry") sends the same id, so Compute does the work at most once.
/// </summary>
public sealed class MutationCommand
{
    private readonly Func<ComputeClient, Guid, CancellationToken, Task<Operation?>> _execute;

    private MutationCommand(string action, string project, string target, object? parameters, Func<ComputeClient, Guid, CancellationToken, Task<Operation?>> execute, Guid? requestId = null)
    {
        RequestId = requestId ?? Guid.NewGuid();
        ArgumentException.ThrowIfNullOrEmpty(project);
        ArgumentException.ThrowIfNullOrEmpty(target);
        ArgumentNullException.ThrowIfNull(execute);
        ConsoleActions.PolicyFor(action); // unknown actions fail here, at construction
        Action = action;
        Project = project;
        Target = target;
        Parameters = parameters;
        _execute = execute;
    }

    /// <summary>A call that returns a long-running Operation (insert, delete, setLabels, deprecate...).</summary>
    /// <remarks>
    /// <paramref name="requestId"/> is for work that must be idempotent across processes (a scheduled backup derives it from
    /// its policy, instance and fire time); left null, a new id is made once for this command.
    /// </remarks>
    public static MutationCommand ForOperation(
        string action, string project, string target, object? parameters,
        Func<ComputeClient, Guid, CancellationToken, Task<Operation>> call, Guid? requestId = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new MutationCommand(action, project, target, parameters, async (client, id, ct) => await call(client, id, ct), requestId);
    }

    /// <summary>A call that completes at once (setIamPolicy).</summary>
    public static MutationCommand Synchronous(
        string action, string project, string target, object? parameters,
        Func<ComputeClient, Guid, CancellationToken, Task> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new MutationCommand(action, project, target, parameters, async (client, id, ct) =>
        {
            await call(client, id, ct);
            return null;
        });
    }

    /// <summary>The action name (a <see cref="ConsoleActions"/> constant).</summary>
    public string Action { get; }

    public string Project { get; }

    /// <summary>The resource acted on (URL or name), as the audit log shows it.</summary>
    public string Target { get; }

    /// <summary>What was asked, for the audit log (secrets are redacted before writing).</summary>
    public object? Parameters { get; }

    /// <summary>The Compute requestId, the same for every attempt of this command.</summary>
    public Guid RequestId { get; }

    /// <summary>How many times the pipeline has run this command.</summary>
    public int Attempts { get; internal set; }

    internal Task<Operation?> ExecuteAsync(ComputeClient client, CancellationToken cancellationToken) => _execute(client, RequestId, cancellationToken);
}
