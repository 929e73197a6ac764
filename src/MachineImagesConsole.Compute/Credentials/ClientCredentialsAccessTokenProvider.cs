using System.Net.Http.Headers;
using System.Text.Json;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.Credentials;

/// <summary>
/// OAuth 2.0 client-credentials grant (RFC 6749 §4.4) against a token endpoint, e.g. LocalCloud's
/// automation client. The client authenticates with <c>client_secret_post</c>. The token is cached
/// until 60 seconds before <c>expires_in</c>; concurrent callers share one refresh.
/// </summary>
public sealed class ClientCredentialsAccessTokenProvider : IAccessTokenProvider, IDisposable
{
    /// <summary>How long before expiry a cached token is replaced.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);

    private readonly HttpClient http;
    private readonly Uri tokenEndpoint;
    private readonly string clientId;
    private readonly string clientSecret;
    private readonly string? scope;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? cachedToken;
    private DateTimeOffset refreshAt;

    public ClientCredentialsAccessTokenProvider(HttpClient http, Uri tokenEndpoint, string clientId, string clientSecret, string? scope = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokenEndpoint);
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        if (!tokenEndpoint.IsAbsoluteUri) throw new ArgumentException("The token endpoint must be an absolute URL.", nameof(tokenEndpoint));
        this.http = http;
        this.tokenEndpoint = tokenEndpoint;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.scope = string.IsNullOrWhiteSpace(scope) ? null : scope;
        time = timeProvider ?? TimeProvider.System;
    }

    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref cachedToken) is { } token && time.GetUtcNow() < refreshAt) return token;

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (cachedToken is { } fresh && time.GetUtcNow() < refreshAt) return fresh;
            var requestedAt = time.GetUtcNow();
            var response = await RequestTokenAsync(cancellationToken).ConfigureAwait(false);
            var lifetime = TimeSpan.FromSeconds(response.ExpiresIn ?? 3600);
            // Refresh a minute early; a token shorter-lived than twice the margin is reused for half its life.
            var margin = lifetime > RefreshMargin * 2 ? RefreshMargin : lifetime / 2;
            refreshAt = requestedAt + lifetime - margin;
            Volatile.Write(ref cachedToken, response.AccessToken);
            return response.AccessToken!;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Drops the cached token so the next call fetches a new one (e.g. after a 401).</summary>
    public void Invalidate() => Volatile.Write(ref cachedToken, null);

    public void Dispose() => gate.Dispose();

    private async Task<OAuthTokenResponse> RequestTokenAsync(CancellationToken cancellationToken)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "client_credentials"),
            new("client_id", clientId),
            new("client_secret", clientSecret),
        };
        if (scope is not null) form.Add(new("scope", scope));

        using var request = new HttpRequestMessage(HttpMethod.Post, tokenEndpoint) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);

        OAuthTokenResponse? parsed = null;
        try
        {
            parsed = JsonSerializer.Deserialize(body, InternalJsonContext.Default.OAuthTokenResponse);
        }
        catch (JsonException)
        {
            // Not JSON: reported below with the status code.
        }

        if (!response.IsSuccessStatusCode || parsed?.AccessToken is not { Length: > 0 })
        {
            var detail = parsed?.Error is { } error
                ? $"{error}{(parsed.ErrorDescription is { } d ? ": " + d : string.Empty)}"
                : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            throw new AccessTokenException($"The token endpoint {tokenEndpoint.GetLeftPart(UriPartial.Path)} did not issue a token for client '{clientId}' ({detail}).")
            {
                Error = parsed?.Error,
            };
        }
        return parsed;
    }
}
