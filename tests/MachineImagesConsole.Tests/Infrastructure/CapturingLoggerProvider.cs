using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MachineImagesConsole.Tests.Infrastructure;

/// <summary>One log entry as a test sees it: category, level and the formatted text with its state and exception.</summary>
public sealed record LogRecord(string Category, LogLevel Level, string Text);

/// <summary>Keeps every entry logged through it, for tests that assert on logs or print them when a wait fails.</summary>
#pragma warning disable CA1063, CA1816 // nothing to dispose: the host disposes the providers it was given
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<LogRecord> Records { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Records);

    public ILogger<T> CreateLogger<T>() => new Logger<T>(new LoggerFactory([this]));

    /// <summary>Every entry at <paramref name="minimum"/> or above, one per line (for an assertion's message).</summary>
    public string Dump(LogLevel minimum = LogLevel.Information)
        => string.Join(Environment.NewLine, Records.Where(r => r.Level >= minimum).Select(r => $"[{r.Level}] {r.Text}"));

    public void Dispose()
    {
    }
#pragma warning restore CA1063, CA1816

    private sealed class Logger(string category, ConcurrentQueue<LogRecord> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => records.Enqueue(new LogRecord(category, logLevel, $"{category}: {formatter(state, exception)} {state} {exception}"));
    }
}
