using System.Security.Claims;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Iam;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>Authenticates a Compute/CRM request with a bearer token from LocalCloud's issuer and maps it to a <see cref="CallerIdentity"/>.</summary>
public static class ComputeAuthentication
{
    public static async Task<CallerIdentity> AuthenticateAsync(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header) && !http.Request.Query.ContainsKey("access_token")) throw GoogleErrors.LoginRequired();
        var result = await http.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Principal is null) throw GoogleErrors.InvalidCredentials();
        return ToCaller(result.Principal, http.RequestServices.GetRequiredService<IOptions<LocalCloudOptions>>().Value);
    }

    public static CallerIdentity ToCaller(ClaimsPrincipal principal, LocalCloudOptions options)
    {
        var email = principal.FindFirst("email")?.Value;
        if (string.IsNullOrEmpty(email)) throw GoogleErrors.InvalidCredentials();
        var isServiceAccount = principal.FindFirst(Identity.LocalCloudClaims.PrincipalType)?.Value == "serviceAccount";
        var groups = options.People.Values.FirstOrDefault(p => string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase))?.Groups ?? [];
        return new CallerIdentity(email, isServiceAccount, groups);
    }
}
