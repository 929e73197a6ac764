using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace MachineImagesConsole.LocalCloud.Tests.GoogleClients;

/// <summary>
/// The node project in <c>tests/google-clients</c>: finds it from the test binaries, installs it with <c>npm ci</c> when
/// <c>node_modules</c> is missing or was installed from another <c>package-lock.json</c> (a stamp file records the lock's
/// hash), under a lock that serialises installs across test classes and test processes.
/// </summary>
internal sealed class NodeSuite
{
    private const string StampFile = ".localcloud-tests-lock.sha256";
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim InProcess = new(1, 1);

    private NodeSuite(string directory) => Directory = directory;

    public string Directory { get; }

    public static NodeSuite Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "google-clients");
            if (File.Exists(Path.Combine(candidate, "package-lock.json"))) return new NodeSuite(candidate);
        }
        throw new InvalidOperationException("tests/google-clients/package-lock.json not found above " + AppContext.BaseDirectory);
    }

    public async Task EnsureInstalledAsync()
    {
        var wanted = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(Directory, "package-lock.json"))));
        if (IsCurrent(wanted)) return;

        await InProcess.WaitAsync();
        try
        {
            using var crossProcess = await AcquireFileLockAsync(InstallTimeout);
            if (IsCurrent(wanted)) return; // another process installed it while we waited

            var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
            var result = await RunAsync(npm, ["ci", "--no-audit", "--no-fund"], Directory, new Dictionary<string, string>(), InstallTimeout);
            if (result.ExitCode != 0)
                throw new InvalidOperationException($"npm ci in {Directory} exited {result.ExitCode}:\n{result.Output}");
            await File.WriteAllTextAsync(Path.Combine(Directory, "node_modules", StampFile), wanted);
        }
        finally
        {
            InProcess.Release();
        }
    }

    /// <summary>Runs a process to completion (killing its tree after <paramref name="timeout"/>); stdout and stderr interleaved.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        start.Environment["NO_COLOR"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            lock (output) output.AppendLine($"[killed after {timeout}]");
        }
        process.WaitForExit(); // drains the redirected streams
        lock (output) return (process.ExitCode, output.ToString());
    }

    private bool IsCurrent(string wanted)
    {
        var stamp = Path.Combine(Directory, "node_modules", StampFile);
        return File.Exists(Path.Combine(Directory, "node_modules", ".package-lock.json"))
            && File.Exists(stamp)
            && string.Equals(File.ReadAllText(stamp).Trim(), wanted, StringComparison.Ordinal);
    }

    private async Task<FileStream> AcquireFileLockAsync(TimeSpan timeout)
    {
        var name = "mic-npm-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Directory)))[..16] + ".lock";
        var path = Path.Combine(Path.GetTempPath(), name);
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }
}
