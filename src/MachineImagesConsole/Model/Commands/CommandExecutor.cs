using MachineImagesConsole.Operations;
using Microsoft.Extensions.Logging;
using MudBlazor;

namespace MachineImagesConsole.Model.Commands;

/// <summary>
/// Runs every user action of one circuit (scoped): marks its <see cref="CommandState"/> busy, sends it through the
/// <see cref="MutationPipeline"/>, turns refusals and errors into a <see cref="CommandProblem"/> in plain words, keeps a
/// "Try again" that resends the same command (so the same Compute requestId), and shows a snackbar when the operation
/// Compute returned is DONE. Pages keep no try/catch of their own around a command.
/// </summary>
public sealed partial class CommandExecutor(
    MutationPipeline pipeline,
    OperationTracker tracker,
    ISnackbar snackbar,
    ILogger<CommandExecutor> logger) : IDisposable
{
    private static readonly object Completed = new();
    private readonly CancellationTokenSource _circuit = new();

    /// <summary>Runs one <see cref="MutationCommand"/>; "Try again" resends the same command (same requestId).</summary>
    public async Task<MutationResult?> RunAsync(CommandState state, CommandRequest request, MutationCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await RunAsync(state, request, command.Project, ct => pipeline.ExecuteAsync(command, ct), r => r);
    }

    /// <summary>
    /// Runs a feature service's action that goes through the pipeline and returns <typeparamref name="T"/>;
    /// <paramref name="mutationOf"/> picks the pipeline's result out of it. Returns null when it was refused or threw.
    /// For "Try again" to resend the same requestId, <paramref name="action"/> must send a command created once, outside it.
    /// </summary>
    public async Task<T?> RunAsync<T>(CommandState state, CommandRequest request, string project,
        Func<CancellationToken, Task<T>> action, Func<T, MutationResult?> mutationOf)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(mutationOf);
        if (state.Busy) return null; // a second click while it runs does nothing
        state.Busy = true;
        state.Problem = null;
        state.Result = null;
        state.Retry = () => RunAsync(state, request, project, action, mutationOf);
        try
        {
            // Not the circuit's token: a command the person started goes on when they close the page.
            var value = await action(CancellationToken.None);
            var mutation = mutationOf(value);
            state.Result = mutation;
            switch (mutation)
            {
                case { Succeeded: false } failed:
                    state.Problem = CommandProblems.From(failed);
                    break;
                case { Outcome: MutationOutcome.Submitted, OperationName: { } operation }:
                    state.Project = project;
                    _ = NotifyWhenDoneAsync(project, operation, request, _circuit.Token);
                    break;
                case { Outcome: MutationOutcome.Completed }:
                    snackbar.Add(request.SuccessText, Severity.Success);
                    break;
            }

            return value;
        }
        catch (OperationCanceledException)
        {
            return null; // the page that ran it closed; tracked operations go on and stay in the operations list
        }
        catch (Exception error) when (CommandProblems.From(error, state.Result?.RequestId) is { } problem)
        {
            LogRefused(request.Title, problem.Kind);
            state.Problem = problem;
            return null;
        }
        finally
        {
            state.Busy = false;
        }
    }

    /// <summary>
    /// Runs an action of the console's own (a rule saved, a drill queued) with the same busy state and refusals in
    /// plain words; returns false when it was refused. A snackbar shows <see cref="CommandRequest.DoneMessage"/> when set.
    /// </summary>
    public async Task<bool> RunAsync(CommandState state, CommandRequest request, Func<CancellationToken, Task> action)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(action);
        var done = await RunAsync(state, request, string.Empty, async ct =>
        {
            await action(ct);
            return Completed;
        }, _ => null);
        if (done is null) return false;
        if (request.DoneMessage is { } message) snackbar.Add(message, Severity.Success);
        return true;
    }

    /// <summary>Runs the state's last command again (the same request, so the same requestId).</summary>
    public Task RetryAsync(CommandState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.CanRetry ? state.Retry!() : Task.CompletedTask;
    }

    private async Task NotifyWhenDoneAsync(string project, string operation, CommandRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var progress = await tracker.WhenDoneAsync(project, operation, cancellationToken);
            if (progress.Failed)
            {
                var problem = CommandProblems.FromOperation(progress);
                snackbar.Add($"{request.Title} failed: {problem.Message} {problem.WhatToDo}", Severity.Error);
            }
            else
            {
                snackbar.Add(request.SuccessText, Severity.Success);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The circuit ended: nobody is there to see the snackbar.
        }
        catch (OperationUnfollowedException error)
        {
            snackbar.Add($"{request.Title}: {error.Message}. Check the operation in Compute.", Severity.Warning);
        }
        catch (ObjectDisposedException)
        {
            // The tracker or the snackbar went away with the host or the circuit.
        }
        catch (InvalidOperationException)
        {
            // The operation is not tracked (nothing to announce).
        }
    }

    public void Dispose()
    {
        _circuit.Cancel();
        _circuit.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Title} was not done: {Kind}.")]
    private partial void LogRefused(string title, CommandProblemKind kind);
}
