using System.Text.RegularExpressions;

namespace MachineImagesConsole.Tests.Architecture;

/// <summary>
/// Issue #14: every user action runs through the CommandExecutor (busy state, refusals in plain words, Try again with the
/// same requestId, the snackbar at DONE). A component neither sends a mutation itself nor catches a command's refusal.
/// </summary>
public sealed partial class CommandPathRulesTests
{
    /// <summary>Where <paramref name="pattern"/> matches in a component (file: the match).</summary>
    private static List<string> InComponents(Regex pattern) => (
        from file in SourceTree.Files(Path.Combine(SourceTree.ConsoleProject, "Components"), ".razor", ".razor.cs")
        from match in pattern.Matches(SourceTree.CodeOf(file))
        select $"{SourceTree.Relative(file)}: {match.Value.Trim()}").ToList();

    [Fact]
    public void Components_DoNotCatchCommandRefusals()
    {
        var offenders = InComponents(RefusalCatch());
        Assert.True(offenders.Count == 0, "Run the action with CommandExecutor.RunAsync and show CommandProblemView instead:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Components_DoNotSendMutationsThemselves()
    {
        var offenders = InComponents(PipelineUse());
        Assert.True(offenders.Count == 0, "Send the MutationCommand through CommandExecutor.RunAsync:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("catch (ConsoleForbiddenException denied)")]
    [InlineData("catch (Exception error) when (error is ConsoleForbiddenException or ArgumentException)")]
    [InlineData("catch (Exception error) when (error is ConsoleForbiddenException or InvalidOperationException)")]
    [InlineData("catch (MachineImagesConsole.Model.Lifecycle.DeleteBlockedException e)")]
    [InlineData("catch (ConsoleConflictException)")]
    public void RefusalCatch_PatternSeesTheUsualWays(string line) => Assert.Matches(RefusalCatch(), line);

    [Theory]
    [InlineData("catch (ComputeApiException error)")]
    [InlineData("catch (Exception e) when (e is not OperationCanceledException)")]
    public void RefusalCatch_PatternLeavesReadsAlone(string line) => Assert.DoesNotMatch(RefusalCatch(), line);

    [Theory]
    [InlineData("@inject MutationPipeline Pipeline")]
    [InlineData("var result = await Pipeline.ExecuteAsync(command, ct);")]
    public void PipelineUse_PatternSeesTheUsualWays(string line) => Assert.Matches(PipelineUse(), line);

    // A catch clause (or its filter) naming one of the refusals the executor turns into plain words.
    [GeneratedRegex(@"catch\b[^\n]*\b(ConsoleForbiddenException|DeleteBlockedException|ConsoleConflictException)\b[^\n]*")]
    private static partial Regex RefusalCatch();

    [GeneratedRegex(@"@inject\s+[\w.]*MutationPipeline\b[^\n]*|\bPipeline\.ExecuteAsync\b[^\n]*")]
    private static partial Regex PipelineUse();
}
