using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MachineImagesConsole.BrowserBench;

/// <summary>The real console (LocalCloud in-process on an existing data folder) as a child process on free loopback ports.</summary>
internal sealed class ConsoleChild : IAsyncDisposable
{
    private readonly StringBuilder _output = new();
    private Process? _process;

    public int ConsolePort { get; } = FreePort();

    public int LocalCloudPort { get; } = FreePort();

    public Uri BaseUrl => new($"http://localhost:{ConsolePort}/");

    /// <summary>The console's process id (for dotnet-trace / dotnet-gcdump while the bench runs).</summary>
    public int ProcessId => _process?.Id ?? 0;

    public string Output { get { lock (_output) return _output.ToString(); } }

    public async Task StartAsync(string configuration, string dataDirectory, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot();
        var dll = Path.Combine(root, "src", "MachineImagesConsole", "bin", configuration, "net10.0", "MachineImagesConsole.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("Build the console first.", dll);
        List<string> args = [dll, "--urls", BaseUrl.ToString().TrimEnd('/')];
        args.AddRange(settings.Select(s => $"--{s.Key}={s.Value}"));
        var psi = new ProcessStartInfo("dotnet", args)
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["Console__DataDirectory"] = dataDirectory;
        psi.Environment["Console__PublicUrl"] = BaseUrl.ToString().TrimEnd('/');
        psi.Environment["LocalCloud__Urls"] = $"http://localhost:{LocalCloudPort}";
        psi.Environment["LocalCloud__DataDirectory"] = Path.Combine(dataDirectory, "localcloud");
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        _process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start the console.");
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The console exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl, "healthz"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(200, cancellationToken);
        }
        throw new TimeoutException($"The console did not become healthy in time:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MachineImagesConsole.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
