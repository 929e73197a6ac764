using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Hosting.ScaleOut;
using Microsoft.AspNetCore.Components.Server.Circuits;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MachineImagesConsole.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry for the console: traces (ASP.NET Core, HttpClient, EF Core and every Compute call), metrics (the
/// console's, Compute's, ASP.NET Core's and HttpClient's) on an Admin-only Prometheus endpoint, and OTLP export of all
/// three signals when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the exporter reads the standard <c>OTEL_*</c> variables).
/// Log records carry the trace and span id (as scope in console output, as fields in OTLP).
/// </summary>
public static class ConsoleTelemetrySetup
{
    /// <summary>The Prometheus scrape path (Admin only).</summary>
    public const string MetricsPath = "/metrics";

    public const string ServiceName = "machine-images-console";

    public static WebApplicationBuilder AddConsoleTelemetry(this WebApplicationBuilder builder, ConsoleInstanceIdentity instance)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(instance);
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

        builder.Services.AddSingleton<ConsoleMetrics>();
        builder.Services.AddSingleton<Model.Backups.BackupMetrics>();
        builder.Services.AddHostedService<OperationMetricsRecorder>();
        builder.Services.AddSingleton<BackupRpoGauge>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BackupRpoGauge>());
        builder.Services.AddScoped<CircuitHandler, CircuitMetricsHandler>();

        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Logging.AddSimpleConsole(o => o.IncludeScopes = true);
        builder.Logging.AddSensitiveLogFilters();
        builder.Logging.AddOpenTelemetry(o =>
        {
            o.IncludeFormattedMessage = true;
            if (otlp) o.AddOtlpExporter();
        });

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceVersion: typeof(ConsoleTelemetrySetup).Assembly.GetName().Version?.ToString(), serviceInstanceId: instance.Name))
            .WithTracing(tracing =>
            {
                tracing.AddSource(ComputeTelemetry.SourceName)
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsQuiet(context.Request.Path))
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation();
                if (otlp) tracing.AddOtlpExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(ConsoleMetrics.MeterName, ComputeTelemetry.SourceName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddPrometheusExporter();
                if (otlp) metrics.AddOtlpExporter();
            });
        _ = telemetry;
        return builder;
    }

    /// <summary>Maps the Prometheus scrape endpoint at <see cref="MetricsPath"/>, for Admins only.</summary>
    public static WebApplication MapConsoleMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(ConsolePolicies.Administer);
        return app;
    }

    private static bool IsQuiet(PathString path)
        => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz") || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content");
}
