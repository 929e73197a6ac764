namespace MachineImagesConsole.Hosting.Telemetry;

/// <summary>
/// Keeps what must never reach a log (authorization codes, OIDC state, PKCE verifiers, tokens) out of every log provider,
/// whatever the configured levels: the framework categories that print a sign-in callback's query are held at a level
/// where they do not. The sign-in callback is a GET with <c>?code=…&amp;state=…</c> (response mode <c>query</c>, see
/// <c>ConsoleAuthenticationSetup</c>), and ASP.NET Core prints request URLs with their query:
/// <list type="bullet">
/// <item><c>Microsoft.AspNetCore.Hosting.Diagnostics</c> logs "Request starting GET …/signin-oidc?code=…" at Information;</item>
/// <item><c>Microsoft.AspNetCore.Authentication.OpenIdConnect</c> logs the received message (code and state) at Trace.</item>
/// </list>
/// Requests are still traced (OpenTelemetry redacts query values by default).
/// </summary>
public static class SensitiveLogFilters
{
    /// <summary>Each category and the lowest level it may log at.</summary>
    public static IReadOnlyList<(string Category, LogLevel Minimum)> Categories { get; } =
    [
        ("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning),
        ("Microsoft.AspNetCore.Authentication.OpenIdConnect", LogLevel.Information),
    ];

    /// <summary>
    /// Adds, after every configured rule, a rule per sensitive category for every provider a rule names and for all
    /// providers: the most specific rule of the last registration wins, so configuration cannot lower them again.
    /// </summary>
    public static ILoggingBuilder AddSensitiveLogFilters(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.Services.PostConfigure<LoggerFilterOptions>(options =>
        {
            var providers = options.Rules.Select(r => r.ProviderName).Where(p => p is not null).Distinct(StringComparer.Ordinal).Prepend(null).ToList();
            foreach (var (category, minimum) in Categories)
            {
                var level = (LogLevel)Math.Max((int)minimum, (int)options.MinLevel);
                foreach (var provider in providers) options.Rules.Add(new LoggerFilterRule(provider, category, level, filter: null));
            }
        });
        return logging;
    }
}
