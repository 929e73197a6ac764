using System.Text.RegularExpressions;

namespace MachineImagesConsole.Tests.Architecture;

/// <summary>
/// Issue #14: every Compute link is built by <c>ResourceLinks</c> (LocalCloud and tests aside), and no <c>.razor</c> file
/// talks to Compute (pages read through per-feature catalog services).
/// </summary>
public sealed partial class ComputeAccessRulesTests
{
    [Fact]
    public void ComputeLinks_AreBuiltOnlyByResourceLinks()
    {
        var offenders = (
            from project in Directory.GetDirectories(Path.Combine(SourceTree.RepositoryRoot, "src"))
            where Path.GetFileName(project) != "MachineImagesConsole.LocalCloud"
            from file in SourceTree.Files(project, ".cs", ".razor")
            where !file.EndsWith(Path.Combine("Links", "ResourceLinks.cs"), StringComparison.Ordinal)
            from match in HandBuiltLink().Matches(SourceTree.CodeOf(file))
            select $"{SourceTree.Relative(file)}: {match.Value.Trim()}").ToList();
        Assert.True(offenders.Count == 0, "Build these with ResourceLinks:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("var a = $\"projects/{p}/global/images/{n}\";")]
    [InlineData("var b = $\"https://compute.googleapis.com/compute/v1/projects/{p}/zones/{z}\";")]
    [InlineData("var c = \"projects/\" + project + \"/global\";")]
    [InlineData("var d = baseUrl + \"/projects/\" + project;")]
    public void HandBuiltLink_PatternSeesTheUsualWays(string line) => Assert.Matches(HandBuiltLink(), line);

    [Theory]
    [InlineData("new(\"compute.images.get\", HttpMethod.Get, \"projects/{project}/global/images/{image}\", [])")]
    [InlineData("var e = ResourceLinks.Image(p, n);")]
    public void HandBuiltLink_PatternLeavesTemplatesAndResourceLinksAlone(string line) => Assert.DoesNotMatch(HandBuiltLink(), line);

    [Fact]
    public void RazorFiles_DoNotUseTheComputeClient()
    {
        var offenders = (
            from file in SourceTree.Files(Path.Combine(SourceTree.ConsoleProject, "Components"), ".razor", ".razor.cs")
            from match in ComputeClientUse().Matches(SourceTree.CodeOf(file))
            select $"{SourceTree.Relative(file)}: {match.Value.Trim()}").ToList();
        Assert.True(offenders.Count == 0, "Read through a catalog service instead:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("var images = Session.Client.MachineImages.ListAsync(project);")]
    [InlineData("@inject IComputeClientFactory Clients")]
    [InlineData("ComputeClient client = session.Client;")]
    [InlineData("_image = await Compute.Client.MachineImages.GetAsync(project, Name, ct);")]
    public void ComputeClientUse_PatternSeesTheUsualWays(string line) => Assert.Matches(ComputeClientUse(), line);

    // An interpolated string with projects/{…}, or "projects/" / "/projects/" glued to a value.
    [GeneratedRegex(@"\$@?""[^""\n]*projects/\{[^""\n]*""|""/?projects/""\s*\+")]
    private static partial Regex HandBuiltLink();

    // The client type, its factory, or the Client of an injected ComputeSession (Compute.Client.Images…).
    [GeneratedRegex(@"\bComputeClient\b|\bIComputeClientFactory\b|\b[A-Za-z_]\w*\.Client\b")]
    private static partial Regex ComputeClientUse();
}
