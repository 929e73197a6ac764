using MachineImagesConsole.Configuration;
using NetEscapades.AspNetCore.SecurityHeaders.Headers.ContentSecurityPolicy;

namespace MachineImagesConsole.Hosting;

/// <summary>
/// The console's response headers: a Content-Security-Policy Blazor Server and MudBlazor run under (scripts from the
/// console only, the import map by nonce; inline styles, which MudBlazor's components and theme need), no framing,
/// nosniff, a strict referrer policy, no powerful browser features, and HSTS on https outside Development.
/// </summary>
public static class ConsoleSecurityHeaders
{
    public const int HstsMaxAgeSeconds = 365 * 24 * 60 * 60;

    public static HeaderPolicyCollection Create(ConsoleEndpoints endpoints, bool isDevelopment)
    {
        var issuer = endpoints.Authority.GetLeftPart(UriPartial.Authority);
        var policy = new HeaderPolicyCollection()
            .AddFrameOptionsDeny()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddCrossOriginOpenerPolicy(b => b.SameOrigin())
            .AddPermissionsPolicyWithDefaultSecureDirectives()
            .RemoveServerHeader()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self().WithNonce();
                csp.AddStyleSrc().Self().UnsafeInline();
                csp.AddImgSrc().Self().Data();
                csp.AddFontSrc().Self().Data();
                csp.AddConnectSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFrameAncestors().None();
                // Sign-in and sign-out forms end on the issuer (LocalCloud or accounts.google.com).
                csp.AddFormAction().Self().From(issuer);
            });
        if (!isDevelopment) policy.AddStrictTransportSecurityMaxAgeIncludeSubDomains(HstsMaxAgeSeconds);
        return policy;
    }
}
