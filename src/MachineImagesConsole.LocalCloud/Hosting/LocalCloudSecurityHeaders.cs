namespace MachineImagesConsole.LocalCloud.Hosting;

/// <summary>
/// Headers on every LocalCloud response: its pages (the sign-in chooser) cannot be framed, load nothing but their own
/// inline style, and their forms go only to LocalCloud and to the registered clients' redirect URIs.
/// </summary>
public static class LocalCloudSecurityHeaders
{
    public static HeaderPolicyCollection Create(LocalCloudOptions options)
    {
        var clientOrigins = options.Clients.Values
            .SelectMany(c => c.RedirectUris.Concat(c.PostLogoutRedirectUris))
            .Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        return new HeaderPolicyCollection()
            .AddFrameOptionsDeny()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyNoReferrer()
            .AddPermissionsPolicyWithDefaultSecureDirectives()
            .RemoveServerHeader()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().None();
                csp.AddStyleSrc().UnsafeInline();
                csp.AddImgSrc().Self().Data();
                csp.AddBaseUri().None();
                csp.AddFrameAncestors().None();
                var formAction = csp.AddFormAction().Self();
                if (clientOrigins.Length > 0) formAction.From(clientOrigins);
            });
    }
}
