using System.Net;

namespace MachineImagesConsole.ScaleOut.Tests;

/// <summary>A web app of the repository (console, LocalCloud or proxy) run as its own process on a loopback port.</summary>
public sealed class WebProcess : IAsyncDisposable
{
    private readonly string _assembly;
    private readonly string _workingDirectory;
    private readonly Dictionary<string, string> _environment;
    private readonly string _healthPath;
    private ChildProcess? _process;

    public WebProcess(string name, string assembly, int port, Dictionary<string, string> environment, string healthPath, string? workingDirectory = null)
    {
        Name = name;
        _assembly = assembly;
        Port = port;
        _environment = environment;
        _healthPath = healthPath;
        _workingDirectory = workingDirectory ?? Path.GetDirectoryName(assembly)!;
    }

    public string Name { get; }

    public int Port { get; }

    public Uri Url => new($"http://localhost:{Port}/");

    public string Output => _process?.Output ?? string.Empty;

    public bool IsRunning => _process is { HasExited: false };

    public async Task StartAsync()
    {
        _process = ChildProcess.Start("dotnet", [_assembly, "--urls", $"http://localhost:{Port}"], _environment, _workingDirectory);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"{Name} exited:\n{_process.Output}");
            try
            {
                using var response = await http.GetAsync(new Uri(Url, _healthPath));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{Name} did not become healthy:\n{_process.Output}");
            await Task.Delay(200);
        }
    }

    /// <summary>Kills the process at once, as a crashed node: no graceful shutdown, no lease released.</summary>
    public async Task KillAsync()
    {
        if (_process is not null) await _process.KillAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null) await _process.DisposeAsync();
    }
}
