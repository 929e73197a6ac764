using System.Security.Claims;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Components.Tests.Create;
using MachineImagesConsole.Components.Tests.Operations;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Commands;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MachineImagesConsole.Components.Tests.Commands;

/// <summary>The circuit's command executor over the real pipeline, audit log and tracker; Compute is the fake backend.</summary>
public sealed class CommandExecutorTests : CreateTestContext
{
    private const string DeprecatePath = "projects/acme-prod/global/images/web-v1/deprecate";

    public CommandExecutorTests() => SignInAs(ConsoleRoles.Operator);

    [Fact]
    public async Task RunAsync_IamRefuses_SaysWhichPermissionInPlainWordsAndTryAgainResendsTheSameRequestId()
    {
        Backend.OnPostError(DeprecatePath, 403, "forbidden", "Required 'compute.images.deprecate' permission for 'projects/acme-prod/global/images/web-v1'");
        var (executor, state) = await StartAsync();

        await executor.RunAsync(state, new CommandRequest("Deprecating web-v1"), Deprecate());

        var problem = Assert.IsType<CommandProblem>(state.Problem);
        Assert.Equal(CommandProblemKind.Permission, problem.Kind);
        Assert.Contains("lacks the IAM permission compute.images.deprecate on projects/acme-prod/global/images/web-v1", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Required '", problem.Message, StringComparison.Ordinal);
        Assert.Contains("project owner", problem.WhatToDo, StringComparison.Ordinal);
        Assert.False(state.Busy);
        Assert.True(state.CanRetry);

        await executor.RetryAsync(state);

        var ids = Posts().Select(u => System.Web.HttpUtility.ParseQueryString(u.Query)["requestId"]).ToList();
        Assert.Equal(2, ids.Count);
        Assert.NotNull(ids[0]);
        Assert.Equal(ids[0], ids[1]);
    }

    [Fact]
    public async Task RunAsync_ConsoleRoleMayNot_RefusedInPlainWordsAndNothingSent()
    {
        SignInAs(ConsoleRoles.Viewer, "Vera Viewer", "viewer@example.com");
        var (executor, state) = await StartAsync();

        var result = await executor.RunAsync(state, new CommandRequest("Deprecating web-v1"), Deprecate());

        Assert.Null(result);
        var problem = Assert.IsType<CommandProblem>(state.Problem);
        Assert.Equal(CommandProblemKind.ConsoleRole, problem.Kind);
        Assert.Contains("Viewer", problem.Message, StringComparison.Ordinal);
        Assert.Equal("Ask a console Admin if you need this.", problem.WhatToDo);
        Assert.False(state.CanRetry);
        Assert.False(state.Busy);
        Assert.Empty(Writes);
    }

    [Fact]
    public async Task RunAsync_ActionThrows_BusyClearsAndTheProblemSaysTryAgain()
    {
        var (executor, state) = await StartAsync();

        var result = await executor.RunAsync<MutationResult>(state, new CommandRequest("Restoring web-1"), "acme-prod",
            _ => throw new HttpRequestException("connection refused"), r => r);

        Assert.Null(result);
        Assert.False(state.Busy);
        Assert.Equal(CommandProblemKind.Unreachable, state.Problem?.Kind);
        Assert.True(state.CanRetry);
    }

    [Fact]
    public async Task RunAsync_WhileItRuns_ASecondClickDoesNothing()
    {
        var (executor, state) = await StartAsync();
        var release = new TaskCompletionSource<MutationResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;

        var first = executor.RunAsync(state, new CommandRequest("Saving"), "acme-prod", _ => { calls++; return release.Task; }, r => (MutationResult?)r);
        Assert.True(state.Busy);
        var second = await executor.RunAsync(state, new CommandRequest("Saving"), "acme-prod", _ => { calls++; return release.Task; }, r => (MutationResult?)r);
        release.SetResult(new MutationResult { Outcome = MutationOutcome.Completed, AuditRecordId = 1, RequestId = Guid.NewGuid() });
        await first;

        Assert.Null(second);
        Assert.Equal(1, calls);
        Assert.False(state.Busy);
    }

    [Fact]
    public async Task RunAsync_ComputeAccepts_FollowsTheOperationAndShowsASnackbarAtDone()
    {
        Backend.On(DeprecatePath, """{"kind":"compute#operation","name":"operation-dep-1","status":"PENDING","operationType":"deprecate","selfLink":"https://compute.googleapis.com/compute/v1/projects/acme-prod/global/operations/operation-dep-1","targetLink":"https://compute.googleapis.com/compute/v1/projects/acme-prod/global/images/web-v1"}""");
        var (executor, state) = await StartAsync();
        var snackbar = Services.GetRequiredService<ISnackbar>();

        await executor.RunAsync(state, new CommandRequest("Deprecating web-v1", "web-v1 is now DEPRECATED."), Deprecate());

        Assert.Null(state.Problem);
        Assert.Equal("operation-dep-1", state.OperationName);
        Assert.Equal("acme-prod", state.Project);
        Assert.DoesNotContain(snackbar.ShownSnackbars, s => s.Message == "web-v1 is now DEPRECATED.");
        var harness = Services.GetRequiredService<TrackerHarness>();
        await WaitUntilAsync(() => harness.Tracker.GetSnapshot("acme-prod", "operation-dep-1").Count == 1);
        harness.Finish("operation-dep-1", TrackerHarness.Op("operation-dep-1", "DONE", 100));

        await WaitUntilAsync(() => snackbar.ShownSnackbars.Any(s => s.Message == "web-v1 is now DEPRECATED." && s.Severity == Severity.Success));
    }

    private async Task<(CommandExecutor Executor, CommandState State)> StartAsync()
    {
        await UsePipelineAsync();
        return (Services.GetRequiredService<CommandExecutor>(), new CommandState());
    }

    private static MutationCommand Deprecate() => MutationCommand.ForOperation(ConsoleActions.ImagesDeprecate, "acme-prod",
        "projects/acme-prod/global/images/web-v1", null,
        (client, id, ct) => client.Images.DeprecateAsync("acme-prod", "web-v1", new DeprecationStatus { State = DeprecationState.Deprecated }, id, ct));

    private List<Uri> Posts() => [.. Backend.Requests.Where((u, i) => Backend.Methods[i] == HttpMethod.Post && u.AbsolutePath.EndsWith("/deprecate", StringComparison.Ordinal))];

    private void SignInAs(string role, string name = "Olga Operator", string email = "operator@example.com")
    {
        Authorization.SetAuthorized(name);
        Authorization.SetClaims(
            new Claim(ConsoleClaimTypes.Name, name),
            new Claim(ConsoleClaimTypes.Email, email),
            new Claim(ConsoleClaimTypes.SessionId, "session-1"),
            new Claim(ConsoleRoles.ClaimType, role));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition did not become true within 30 s.");
            await Task.Delay(20);
        }
    }
}
