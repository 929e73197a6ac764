using MachineImagesConsole.Configuration;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MachineImagesConsole.Authentication;

/// <summary>
/// One sign-in code path for both issuers: cookies + OpenID Connect (authorization code, PKCE), with LocalCloud's or
/// Google's authority. Tokens stay server-side in <see cref="UserSessionStore"/>.
/// </summary>
public static class ConsoleAuthenticationSetup
{
    public const string LocalCloudClientId = "machine-images-console";
    public const string CloudPlatformScope = "https://www.googleapis.com/auth/cloud-platform";
    public const string CookieName = "mic.auth";

    public static IServiceCollection AddConsoleAuthentication(this IServiceCollection services, ConsoleOptions options, ConsoleEndpoints endpoints)
    {
        services.AddSingleton<ConsoleRoleResolver>();
        services.AddSingleton<UserSessionStore>();
        services.AddSingleton<SessionRefreshLocks>();
        services.AddSingleton<IRefreshTokenGrant, OpenIdConnectRefreshTokenGrant>();
        services.AddSingleton<UserSessionAccessTokens>();
        services.AddScoped<UserAccessTokenProvider>();
        services.AddScoped<Compute.Credentials.IAccessTokenProvider>(sp => sp.GetRequiredService<UserAccessTokenProvider>());
        services.AddScoped<ConsoleOpenIdConnectEvents>();
        services.AddScoped<ConsoleCookieEvents>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
                o.DefaultForbidScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie(o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = options.Authentication.SessionIdleTimeout;
                o.SlidingExpiration = true;
                o.LoginPath = "/account/signin";
                o.AccessDeniedPath = "/account/access-denied";
                o.EventsType = typeof(ConsoleCookieEvents);
            })
            .AddOpenIdConnect(o =>
            {
                o.Authority = endpoints.Authority.AbsoluteUri.TrimEnd('/');
                o.RequireHttpsMetadata = endpoints.Authority.Scheme == Uri.UriSchemeHttps || !endpoints.Authority.IsLoopback;
                o.ResponseType = OpenIdConnectResponseType.Code;

                // The code comes back on a top-level GET, so Lax correlation/nonce cookies work on plain-http
                // loopback (LocalCloud) as well as behind https (Google), without SameSite=None cookies.
                o.ResponseMode = OpenIdConnectResponseMode.Query;
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SameSite = SameSiteMode.Lax;

                // Secure whenever the request is https; plain-http LocalCloud demos on a host name other than localhost still work.
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.UsePkce = true;
                o.MapInboundClaims = false;
                o.SaveTokens = false;
                o.GetClaimsFromUserInfoEndpoint = false;
                o.TokenValidationParameters.NameClaimType = ConsoleClaimTypes.Name;
                o.TokenValidationParameters.RoleClaimType = ConsoleRoles.ClaimType;
                o.EventsType = typeof(ConsoleOpenIdConnectEvents);
                o.Scope.Clear();
                o.Scope.Add("openid");
                o.Scope.Add("email");
                o.Scope.Add("profile");

                if (options.IsGoogleMode)
                {
                    o.ClientId = options.Authentication.Google.ClientId;
                    o.ClientSecret = options.Authentication.Google.ClientSecret;
                    if (options.Compute.UsesUserIdentity)
                    {
                        o.Scope.Add(CloudPlatformScope);
                    }
                }
                else
                {
                    // LocalCloud registers the console as a public client protected by PKCE.
                    o.ClientId = LocalCloudClientId;
                    o.Scope.Add("offline_access");
                    o.Scope.Add(CloudPlatformScope);
                }
            });

        services.AddAuthorization(o => o.AddConsolePolicies());
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, UserSessionRevalidatingAuthenticationStateProvider>();
        services.AddSingleton<SessionConnections>();
        services.AddSingleton<SessionHubFilter>();
        services.Configure<Microsoft.AspNetCore.SignalR.HubOptions>(o => Microsoft.AspNetCore.SignalR.HubOptionsExtensions.AddFilter<SessionHubFilter>(o));
        return services;
    }
}
