using System.Text.RegularExpressions;

namespace MachineImagesConsole.Tests.Architecture;

/// <summary>
/// Issue #14's layout rules, read from the source: no dependency cycle between the top-level folders of
/// src/MachineImagesConsole, and <c>Operations/</c> (the operation lifecycle) imports nothing from <c>Model/</c>.
/// A folder depends on another when one of its files names the other's namespace: a <c>using</c> / <c>@using</c>
/// directive, a qualified name (<c>MachineImagesConsole.Data.AuditLog</c>), or a name relative to the root namespace
/// (<c>Data.AuditLog</c>).
/// </summary>
public sealed partial class FolderRulesTests
{
    [Fact]
    public void TopLevelFolders_HaveNoDependencyCycle()
    {
        var graph = FolderGraph();
        var cycle = FindCycle(graph);
        Assert.True(cycle is null, cycle is null ? "" : "Top-level folders form a cycle: " + string.Join(" -> ", cycle) + "\n"
            + string.Join("\n", cycle.Zip(cycle.Skip(1)).Select(e => $"  {e.First} -> {e.Second}: {string.Join(", ", graph[e.First][e.Second].Take(5))}")));
    }

    [Fact]
    public void Operations_DependsOnNothingInModel()
    {
        var graph = FolderGraph();
        Assert.True(graph.ContainsKey("Operations"), "src/MachineImagesConsole/Operations is missing.");
        Assert.False(graph["Operations"].TryGetValue("Model", out var files), "Operations/ uses Model/ in: " + string.Join(", ", files ?? []));
    }

    [Fact]
    public void FindCycle_SeesACycleThroughThreeFolders()
    {
        // The check itself can fail: A -> B -> C -> A is reported, a DAG is not.
        var cyclic = new Dictionary<string, Dictionary<string, List<string>>>
        {
            ["A"] = new() { ["B"] = ["a.cs"] },
            ["B"] = new() { ["C"] = ["b.cs"] },
            ["C"] = new() { ["A"] = ["c.cs"] },
        };
        Assert.Equal(["A", "B", "C", "A"], FindCycle(cyclic));
        cyclic["C"].Clear();
        Assert.Null(FindCycle(cyclic));
    }

    /// <summary>folder → folder it uses → the files that use it.</summary>
    internal static Dictionary<string, Dictionary<string, List<string>>> FolderGraph()
    {
        var root = SourceTree.ConsoleProject;
        var folders = Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>()
            .Where(d => d is not ("bin" or "obj" or "Properties")).ToList();
        var names = string.Join("|", folders.Select(Regex.Escape));
        var directive = new Regex(@"^\s*@?(?:global\s+)?using\s+(?:static\s+)?MachineImagesConsole\.(\w+)\b", RegexOptions.Multiline);
        var qualified = new Regex(@"(?<![\w.])MachineImagesConsole\.(\w+)\.");
        var relative = new Regex(@"(?<![\w.])(" + names + @")\.[A-Z]");
        var graph = folders.ToDictionary(f => f, _ => new Dictionary<string, List<string>>(), StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            foreach (var file in SourceTree.Files(Path.Combine(root, folder), ".cs", ".razor"))
            {
                var code = SourceTree.CodeOf(file);
                var used = directive.Matches(code).Concat(qualified.Matches(code)).Concat(relative.Matches(code))
                    .Select(m => m.Groups[1].Value)
                    .Where(u => u != folder && graph.ContainsKey(u))
                    .Distinct(StringComparer.Ordinal);
                foreach (var target in used)
                {
                    if (!graph[folder].TryGetValue(target, out var list)) graph[folder][target] = list = [];
                    list.Add(SourceTree.Relative(file));
                }
            }
        }
        return graph;
    }

    /// <summary>A cycle as a path that starts and ends on the same folder, or null.</summary>
    internal static List<string>? FindCycle(Dictionary<string, Dictionary<string, List<string>>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the stack, 2 = done
        var stack = new List<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } found) return found;
        }
        return null;

        List<string>? Visit(string node)
        {
            if (state.TryGetValue(node, out var s))
            {
                if (s == 2) return null;
                return [.. stack.Skip(stack.IndexOf(node)), node];
            }
            state[node] = 1;
            stack.Add(node);
            foreach (var next in (graph.TryGetValue(node, out var edges) ? edges.Keys.ToList() : []).Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } found) return found;
            }
            stack.RemoveAt(stack.Count - 1);
            state[node] = 2;
            return null;
        }
    }
}
