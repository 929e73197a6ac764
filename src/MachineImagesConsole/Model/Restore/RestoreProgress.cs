using MachineImagesConsole.Model.Operations;
using MachineImagesConsole.Operations;

namespace MachineImagesConsole.Model.Restore;

/// <summary>
/// The steps of a restore as the progress control shows them: Compute accepted the request → the VM is created
/// (the tracked operation) → the VM is RUNNING; and one sentence of where it stands.
/// </summary>
public sealed class RestoreProgress(string vmName, string zone, DateTimeOffset acceptedAt)
{
    private DateTimeOffset? _createdAt;
    private DateTimeOffset? _runningAt;
    private bool _createFailed;
    private bool _runningFailed;
    private string? _runningDetail;

    /// <summary>Where the restore stands, in one sentence.</summary>
    public string Status { get; private set; } = "Compute accepted the request; creating the VM…";

    /// <summary>True once the VM is RUNNING or the restore failed.</summary>
    public bool Finished => _runningAt is not null || _createFailed || _runningFailed;

    public bool Failed => _createFailed || _runningFailed;

    public IReadOnlyList<ProgressStep> Steps => [
        new("accepted", "Compute accepted the request", ProgressStepState.Done, acceptedAt, acceptedAt),
        new("created", $"{vmName} is created", _createFailed ? ProgressStepState.Failed : _createdAt is null ? ProgressStepState.Active : ProgressStepState.Done, acceptedAt, _createdAt),
        new("running", $"{vmName} is RUNNING", _createFailed ? ProgressStepState.Skipped : _runningFailed ? ProgressStepState.Failed : _runningAt is not null ? ProgressStepState.Done : _createdAt is null ? ProgressStepState.Waiting : ProgressStepState.Active,
            _createdAt, _runningAt, _runningDetail),
    ];

    /// <summary>The insert operation is DONE.</summary>
    public void Created(OperationProgress done, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(done);
        if (done.Failed)
        {
            _createFailed = true;
            var problem = Commands.CommandProblems.FromOperation(done);
            Status = $"The restore failed: {problem.Message} {problem.WhatToDo}";
            return;
        }

        _createdAt = at;
        Status = "Waiting for the VM to reach RUNNING…";
    }

    /// <summary>The wait for RUNNING ended.</summary>
    public void Ran(bool running, string status, DateTimeOffset at)
    {
        if (running)
        {
            _runningAt = at;
            Status = $"{vmName} is RUNNING in {zone}.";
            return;
        }

        _runningFailed = true;
        _runningDetail = "status " + status;
        Status = $"{vmName} did not reach RUNNING (status {status}).";
    }
}
