using Yarp.ReverseProxy.Model;

// A sticky reverse proxy in front of several consoles (YARP). Blazor Server keeps each person's circuit on the
// instance that opened it, so every request of a browser must reach the same console: YARP's cookie session
// affinity pins a browser to the destination that served its first request; when that destination is down,
// the next request is redistributed to a healthy one (the person signs in again only if the key ring is not shared,
// which it is: Data Protection keys live in the console database). Configuration: appsettings.json beside this file,
// read from beside the built assembly whatever the working directory (deploy/run-without-containers.sh starts it from
// the repository root, whose appsettings.json is the console's).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));

var app = builder.Build();
app.MapGet("/proxy/healthz", () => Results.Text("Healthy")).ShortCircuit();
app.MapReverseProxy(proxy =>
{
    // Which console served the response: makes affinity visible to operators and to the scale-out tests.
    proxy.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            if (context.GetReverseProxyFeature().ProxiedDestination is DestinationState destination)
                context.Response.Headers["X-Console-Destination"] = destination.DestinationId;
            return Task.CompletedTask;
        });
        return next();
    });
    proxy.UseSessionAffinity();
    proxy.UseLoadBalancing();
    proxy.UsePassiveHealthChecks();
});
app.Run();
