using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Commands;
using MachineImagesConsole.Model.Lifecycle;
using MachineImagesConsole.Operations;

namespace MachineImagesConsole.Tests.Commands;

public sealed class CommandProblemsTests
{
    private static MutationResult Failed(string message, string? whatToDo, params string[] reasons) => new()
    {
        Outcome = MutationOutcome.Failed,
        AuditRecordId = 7,
        RequestId = Guid.Parse("11111111-2222-3333-4444-555555555555"),
        ErrorReasons = reasons,
        ErrorMessage = message,
        WhatToDo = whatToDo,
    };

    [Fact]
    public void From_DeleteGuardRefusal_ProtectedInPlainWordsWithoutTryAgain()
    {
        var problem = CommandProblems.From(Failed("The image 'web-v1' cannot be deleted: It is protected (by ada@example.com).", "Nothing was deleted. Remove the protection (Admin), or confirm the explicit override, then try again.", "deleteBlocked"));

        Assert.Equal(CommandProblemKind.Protected, problem.Kind);
        Assert.Equal("The image 'web-v1' cannot be deleted: It is protected (by ada@example.com).", problem.Message);
        Assert.DoesNotContain("deleteBlocked", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("Nothing was deleted.", problem.WhatToDo, StringComparison.Ordinal);
        Assert.False(problem.CanRetry);
        Assert.Equal(["deleteBlocked"], problem.Reasons);
    }

    [Fact]
    public void From_Iam403_NamesThePermissionAndTheResourceNotGooglesSentence()
    {
        var problem = CommandProblems.From(Failed("Required 'compute.images.delete' permission for 'projects/acme-prod/global/images/web-v1'", "ignored", "forbidden"));

        Assert.Equal(CommandProblemKind.Permission, problem.Kind);
        Assert.Equal("Google Cloud did not allow it: your account lacks the IAM permission compute.images.delete on projects/acme-prod/global/images/web-v1. Nothing was changed.", problem.Message);
        Assert.Equal("Ask a project owner to grant you a role with that permission, then try again.", problem.WhatToDo);
        Assert.True(problem.CanRetry);
        Assert.Equal(Guid.Parse("11111111-2222-3333-4444-555555555555"), problem.RequestId);
    }

    [Fact]
    public void From_Iam403WithoutAPermissionInTheMessage_StillPlain()
    {
        var problem = CommandProblems.From(Failed("Forbidden", null, "403"));

        Assert.Equal(CommandProblemKind.Permission, problem.Kind);
        Assert.DoesNotContain("Forbidden", problem.Message, StringComparison.Ordinal);
        Assert.Contains("lacks an IAM permission", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timeout")]
    [InlineData("unreachable")]
    [InlineData("backendError")]
    [InlineData("503")]
    public void From_TemporaryFailure_UnreachableAndTryAgainIsSafe(string reason)
    {
        var problem = CommandProblems.From(Failed("The operation was canceled.", null, reason));

        Assert.Equal(CommandProblemKind.Unreachable, problem.Kind);
        Assert.True(problem.CanRetry);
        Assert.Equal(ComputeErrorAdvice.Retry, problem.WhatToDo);
    }

    [Fact]
    public void From_ComputeRefusal_KeepsComputesMessageAndItsAdvice()
    {
        var problem = CommandProblems.From(Failed("The resource 'web-v1' already exists", "Something with that name already exists: choose another name.", "alreadyExists"));

        Assert.Equal(CommandProblemKind.Refused, problem.Kind);
        Assert.Equal("Compute did not accept the request: The resource 'web-v1' already exists", problem.Message);
        Assert.Equal("Something with that name already exists: choose another name.", problem.WhatToDo);
    }

    [Fact]
    public void From_ConsoleRoleRefusal_SplitsWhatHappenedFromWhatToDo()
    {
        var problem = CommandProblems.From(new ConsoleForbiddenException("images.deprecate", "Operate",
            "You are not allowed to images deprecate (your console role is Viewer). Ask a console Admin if you need this."));

        Assert.NotNull(problem);
        Assert.Equal(CommandProblemKind.ConsoleRole, problem.Kind);
        Assert.Equal("You are not allowed to images deprecate (your console role is Viewer).", problem.Message);
        Assert.Equal("Ask a console Admin if you need this.", problem.WhatToDo);
        Assert.False(problem.CanRetry);
    }

    [Fact]
    public void From_ArgumentException_InvalidWithoutTheParameterSuffix()
    {
        var problem = CommandProblems.From(new ArgumentException("Choose a machine image.", "request"));

        Assert.Equal(CommandProblemKind.Invalid, problem?.Kind);
        Assert.Equal("Choose a machine image.", problem?.Message);
    }

    [Fact]
    public void From_DeleteBlockedException_Protected()
        => Assert.Equal(CommandProblemKind.Protected, CommandProblems.From(new DeleteBlockedException("It is protected."))?.Kind);

    [Fact]
    public void From_AnUnexpectedException_IsNotHidden()
        => Assert.Null(CommandProblems.From(new InvalidOperationException("a bug")));

    [Fact]
    public void FromOperation_QuotaExceeded_SaysWhatToDoAboutTheQuota()
    {
        var progress = new OperationProgress("acme-prod", "op-1", "global", "insert", null, "DONE", 10, TimeSpan.FromSeconds(3),
            ["QUOTA_EXCEEDED"], "Quota 'MACHINE_IMAGES' exceeded.", "ada@example.com", true);

        var problem = CommandProblems.FromOperation(progress);

        Assert.Equal(CommandProblemKind.OperationFailed, problem.Kind);
        Assert.Equal("Quota 'MACHINE_IMAGES' exceeded.", problem.Message);
        Assert.StartsWith("A quota is used up", problem.WhatToDo, StringComparison.Ordinal);
    }
}
