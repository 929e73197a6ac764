using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MachineImagesConsole.BrowserBench;

/// <summary>
/// The raw baseline the issue names: one warm Node process (<c>raw-fetch.mjs</c>) fetching every page of a list from
/// LocalCloud with <c>fetch</c> and parsing each with <c>JSON.parse</c>, timed inside Node (so process start and this
/// pipe are not in the figure).
/// </summary>
internal sealed class NodeRest : IAsyncDisposable
{
    private readonly Process _node;
    private readonly Uri _localCloud;

    private NodeRest(Process node, Uri localCloud)
    {
        _node = node;
        _localCloud = localCloud;
    }

    public string Version { get; private init; } = "?";

    public static async Task<NodeRest> StartAsync(Uri localCloud)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "raw-fetch.mjs");
        var version = await RunAsync("node", "--version");
        var psi = new ProcessStartInfo("node", [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        var node = Process.Start(psi) ?? throw new InvalidOperationException("Could not start node (the raw baseline needs Node.js on PATH).");
        return new NodeRest(node, localCloud) { Version = version.Trim() };
    }

    /// <summary>Fetches and parses every page of <paramref name="collection"/> in Node; returns (items, ms measured in Node).</summary>
    public async Task<(int Items, double Milliseconds)> ListAsync(string token, string project, string collection)
    {
        var request = new JsonObject { ["base"] = _localCloud.ToString(), ["token"] = token, ["project"] = project, ["collection"] = collection };
        await _node.StandardInput.WriteLineAsync(request.ToJsonString());
        await _node.StandardInput.FlushAsync();
        var line = await _node.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("node exited.");
        using var answer = JsonDocument.Parse(line);
        if (answer.RootElement.TryGetProperty("error", out var error)) throw new InvalidOperationException("node: " + error.GetString());
        return (answer.RootElement.GetProperty("items").GetInt32(), answer.RootElement.GetProperty("ms").GetDouble());
    }

    public async ValueTask DisposeAsync()
    {
        if (!_node.HasExited)
        {
            _node.StandardInput.Close();
            if (!_node.WaitForExit(5_000)) _node.Kill();
            await _node.WaitForExitAsync();
        }
        _node.Dispose();
    }

    private static async Task<string> RunAsync(string file, string argument)
    {
        using var process = Process.Start(new ProcessStartInfo(file, [argument]) { RedirectStandardOutput = true, UseShellExecute = false })
            ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }
}
