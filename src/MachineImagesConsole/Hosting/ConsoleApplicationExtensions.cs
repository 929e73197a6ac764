using MachineImagesConsole.Configuration;
using MachineImagesConsole.Authentication;
using MachineImagesConsole.Components;
using MachineImagesConsole.Hosting.Telemetry;
using MachineImagesConsole.Operations;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace MachineImagesConsole.Hosting;

/// <summary>The console's HTTP pipeline and endpoints.</summary>
public static class ConsoleApplicationExtensions
{
    public static WebApplication UseConsolePipeline(this WebApplication app)
    {
        // First, so every response (errors and status pages included) carries them. HSTS only goes on https responses.
        app.UseSecurityHeaders(ConsoleSecurityHeaders.Create(app.Services.GetRequiredService<ConsoleEndpoints>(), app.Environment.IsDevelopment()));
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

        // The top-level wwwroot/ (content root), served before authentication: public files only.
        app.UseRealtimeOriginCheck();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponseWriter.WriteAsync }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthResponseWriter.WriteAsync }).AllowAnonymous();
        app.MapConsoleAccountEndpoints();
        app.MapOperationsHub();
        app.MapConsoleDiagnostics();
        app.MapConsoleMetrics();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = "'none'");
        return app;
    }
}
