using MachineImagesConsole.LocalCloud.Endpoints;
using MachineImagesConsole.LocalCloud.Faults;
using MachineImagesConsole.LocalCloud.Identity;
using MachineImagesConsole.LocalCloud.Simulation;
using MachineImagesConsole.LocalCloud.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.LocalCloud.Hosting;

/// <summary>
/// LocalCloud's composition root. Configuration, lowest priority first: the embedded <c>localcloud.defaults.json</c>,
/// appsettings/environment/command line, then <paramref name="overrides"/>. Returns a built, not-yet-started app.
/// </summary>
public static class LocalCloudApp
{
    public static WebApplication Create(string[] args, IConfiguration? overrides = null) => Create(args, overrides, configureServices: null);

    /// <summary>As <see cref="Create(string[], IConfiguration?)"/>, with a hook to replace services (e.g. a FakeTimeProvider in tests).</summary>
    public static WebApplication Create(string[] args, IConfiguration? overrides, Action<IServiceCollection>? configureServices)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(LocalCloudApp).Assembly.GetName().Name });

        // The embedded defaults go first (lowest priority); the caller's overrides last.
        using (var defaults = typeof(LocalCloudApp).Assembly.GetManifestResourceStream("localcloud.defaults.json")
            ?? throw new InvalidOperationException("The embedded localcloud.defaults.json is missing."))
        {
            var copy = new MemoryStream();
            defaults.CopyTo(copy);
            copy.Position = 0;
            var sources = builder.Configuration.Sources;
            var defaultsConfig = new ConfigurationBuilder().AddJsonStream(copy).Build();
            sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
            {
                InitialData = defaultsConfig.AsEnumerable().Where(p => p.Value is not null),
            });
        }
        if (overrides is not null) builder.Configuration.AddConfiguration(overrides);

        var section = builder.Configuration.GetSection(LocalCloudOptions.SectionName);
        var snapshot = section.Get<LocalCloudOptions>() ?? new LocalCloudOptions();
        // --urls on the command line wins, as in every ASP.NET Core app; otherwise LocalCloud:Urls (default :5081).
        var commandLineUrls = new ConfigurationBuilder().AddCommandLine(args).Build()["urls"];
        if (!string.IsNullOrWhiteSpace(commandLineUrls)) snapshot.Urls = commandLineUrls;
        builder.WebHost.UseUrls(snapshot.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        // OpenIddict logs whole protocol messages (codes, PKCE verifiers) at Information and below: keep it to warnings.
        builder.Logging.AddFilter("OpenIddict", LogLevel.Warning);
        // "Request starting GET /connect/authorize?…&state=…" prints the client's OIDC state (and the console's callback
        // would print its code): request lines stay out of the logs.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

        builder.Services.AddOptions<LocalCloudOptions>().Bind(section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<LocalCloudOptions>, LocalCloudOptionsValidator>();
        var validation = new LocalCloudOptionsValidator().Validate(null, snapshot);
        if (validation.Failed) throw new OptionsValidationException(LocalCloudOptions.SectionName, typeof(LocalCloudOptions), validation.Failures);

        var paths = LocalCloudPaths.Resolve(snapshot, builder.Environment.ContentRootPath);
        Directory.CreateDirectory(paths.DataDirectory);
        builder.Services.AddSingleton(paths);

        builder.Services.AddDbContextFactory<LocalCloudDbContext>(o =>
        {
            o.UseSqlite(paths.ConnectionString);
            o.UseOpenIddict();
        });
        builder.Services.AddSingleton<StoreWriteLock>();
        builder.Services.AddSingleton<StoreInitializer>();
        builder.Services.AddSingleton<PublicOrigin>();
        builder.Services.AddSingleton<ComputeAuthorizer>();
        builder.Services.AddSingleton<OperationSignal>();
        builder.Services.AddSingleton<OperationEffects>();
        builder.Services.AddSingleton<OperationEngine>();
        builder.Services.AddSingleton<FaultInjector>();
        builder.Services.AddHostedService<OperationDriver>();

        builder.Services.AddAuthentication().AddCookie(IdentityEndpoints.CookieScheme, IdentityEndpoints.ConfigureCookie);
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<LocalCloudDbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetEndSessionEndpointUris("connect/endsession");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.AllowClientCredentialsFlow();
                o.AllowRefreshTokenFlow();
                o.RegisterScopes("openid", "email", "profile", "roles", "offline_access", LocalCloudClaims.CloudPlatformScope);
                o.RegisterClaims("email", "name", "roles", LocalCloudClaims.PrincipalType);
                o.AddSigningKey(SigningKeys.LoadOrCreateSigningKey(paths.DataDirectory));
                o.AddEncryptionKey(SigningKeys.LoadOrCreateEncryptionKey(paths.DataDirectory));
                o.DisableAccessTokenEncryption();
                if (!string.IsNullOrEmpty(snapshot.PublicOrigin)) o.SetIssuer(new Uri(snapshot.PublicOrigin.TrimEnd('/') + "/"));
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
            });

        configureServices?.Invoke(builder.Services);
        builder.Services.TryAddTimeProvider();
        var app = builder.Build();

        app.UseSecurityHeaders(LocalCloudSecurityHeaders.Create(snapshot));
        app.UseAuthentication();

        app.MapGet("/", (PublicOrigin origin, IOptions<LocalCloudOptions> o) => Results.Json(new
        {
            name = "LocalCloud",
            description = "A local Compute Engine (v1 wire format) and OAuth/OIDC issuer for MachineImagesConsole.",
            computeEndpoint = origin.Value + "/compute/v1/",
            resourceManagerEndpoint = origin.Value + "/v3/",
            issuer = origin.Value + "/",
            openIdConfiguration = origin.Value + "/.well-known/openid-configuration",
            simulation = o.Value.Simulation.Mode.ToString(),
            projects = o.Value.Projects.Keys,
            testControl = o.Value.EnableTestControl,
        })).ExcludeFromDescription();
        app.MapIdentityEndpoints();
        app.MapComputeEndpoints();
        app.MapResourceManagerEndpoints();
        if (snapshot.EnableTestControl)
        {
            app.MapTestControlEndpoints();
            app.MapFaultControlEndpoints();
        }

        // Create/seed the store before the server accepts requests.
        app.Services.GetRequiredService<StoreInitializer>().InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        return app;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }
}
