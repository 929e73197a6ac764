using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Authentication;

/// <summary>The refresh-token grant against the token endpoint named in the issuer's OIDC metadata, with the OIDC handler's client credentials.</summary>
internal sealed class OpenIdConnectRefreshTokenGrant(IOptionsMonitor<OpenIdConnectOptions> oidcOptions, TimeProvider timeProvider) : IRefreshTokenGrant
{
    public async Task<UserSessionTokens> RedeemAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var options = oidcOptions.Get(OpenIdConnectDefaults.AuthenticationScheme);
        var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);

        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = options.ClientId!,
        };
        if (!string.IsNullOrEmpty(options.ClientSecret))
        {
            form["client_secret"] = options.ClientSecret;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, configuration.TokenEndpoint) { Content = new FormUrlEncodedContent(form) };
        using var response = await options.Backchannel.SendAsync(request, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var json = await ParseAsync(body, cancellationToken);

        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized
            && json?.RootElement.TryGetProperty("error", out var error) == true
            && error.GetString() is "invalid_grant" or "invalid_token" or "unauthorized_client" or "invalid_client")
        {
            throw new ReauthenticationRequiredException();
        }

        if (!response.IsSuccessStatusCode || json is null || !json.RootElement.TryGetProperty("access_token", out var accessToken))
        {
            throw new HttpRequestException($"The token endpoint answered {(int)response.StatusCode} to a refresh.", null, response.StatusCode);
        }

        var expiresIn = json.RootElement.TryGetProperty("expires_in", out var seconds) && seconds.TryGetInt32(out var s) ? s : 3600;
        var rotated = json.RootElement.TryGetProperty("refresh_token", out var newRefresh) ? newRefresh.GetString() : null;
        return new UserSessionTokens(accessToken.GetString()!, rotated ?? refreshToken, timeProvider.GetUtcNow().AddSeconds(expiresIn));
    }

    private static async Task<JsonDocument?> ParseAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
