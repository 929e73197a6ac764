using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>
/// Runs the real console (with LocalCloud in-process, SQLite in a temp folder) as a child process, the
/// way a person runs it, on free loopback ports. Stops it on dispose. Can be restarted on the same data.
/// </summary>
public sealed class ConsoleProcess : IAsyncDisposable
{
    private readonly StringBuilder _output = new();
    private Process? _process;

    public ConsoleProcess(string? dataDirectory = null, string simulationMode = "Timed", IReadOnlyDictionary<string, string>? environment = null)
    {
        if (environment is not null) foreach (var (key, value) in environment) Environment[key] = value;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "mic-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        SimulationMode = simulationMode;
        ConsolePort = FreePort();
        LocalCloudPort = FreePort();
    }

    public string DataDirectory { get; }
    public string SimulationMode { get; }
    public int ConsolePort { get; }
    public int LocalCloudPort { get; }
    public Uri BaseUrl => new($"http://localhost:{ConsolePort}/");
    public Uri LocalCloudUrl => new($"http://localhost:{LocalCloudPort}/");
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>More environment for the next start (e.g. <c>LocalCloud__Faults__Rules__0__Fault</c>); clear it to start without.</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public async Task StartAsync(TimeSpan? timeout = null)
    {
        var dll = ConsoleAssemblyPath();
        var psi = new ProcessStartInfo("dotnet", [dll, "--urls", BaseUrl.ToString().TrimEnd('/')])
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        psi.Environment["Console__DataDirectory"] = DataDirectory;
        psi.Environment["Console__PublicUrl"] = BaseUrl.ToString().TrimEnd('/');
        psi.Environment["LocalCloud__Urls"] = LocalCloudUrl.ToString().TrimEnd('/');
        psi.Environment["LocalCloud__DataDirectory"] = Path.Combine(DataDirectory, "localcloud");
        psi.Environment["LocalCloud__Simulation__Mode"] = SimulationMode;
        foreach (var (key, value) in Environment) psi.Environment[key] = value;
        _process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start the console.");
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The console exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl, "healthz"));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The console did not become healthy in time:\n{Output}");
    }

    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The console as its own build put it (bin/&lt;Configuration&gt;/net10.0), with its static web assets manifest.</summary>
    private static string ConsoleAssemblyPath()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";
        var path = Path.Combine(RepositoryRoot(), "src", "MachineImagesConsole", "bin", configuration, "net10.0", "MachineImagesConsole.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the console first.", path);
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MachineImagesConsole.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
