using Google.Apis.Auth.OAuth2;

namespace MachineImagesConsole.Compute.Credentials;

/// <summary>
/// Tokens from Google credentials (Google.Apis.Auth): application default credentials, or a
/// service-account key file. Scoped to <c>https://www.googleapis.com/auth/cloud-platform</c>.
/// The library caches and refreshes the token itself.
/// </summary>
public sealed class GoogleCredentialAccessTokenProvider : IAccessTokenProvider
{
    /// <summary>The scope requested for Compute Engine and Resource Manager.</summary>
    public const string CloudPlatformScope = "https://www.googleapis.com/auth/cloud-platform";

    private readonly Lazy<Task<ITokenAccess>> credential;

    /// <summary>Uses a service-account key file when a path is given, otherwise application default credentials.</summary>
    public GoogleCredentialAccessTokenProvider(string? serviceAccountKeyPath = null)
    {
        credential = new Lazy<Task<ITokenAccess>>(() => LoadAsync(serviceAccountKeyPath), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Uses the given credential (scoped to cloud-platform when it needs scopes).</summary>
    public GoogleCredentialAccessTokenProvider(GoogleCredential googleCredential)
    {
        ArgumentNullException.ThrowIfNull(googleCredential);
        ITokenAccess scoped = googleCredential.IsCreateScopedRequired ? googleCredential.CreateScoped(CloudPlatformScope) : googleCredential;
        credential = new Lazy<Task<ITokenAccess>>(Task.FromResult(scoped));
    }

    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var access = await credential.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await access.GetAccessTokenForRequestAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ITokenAccess> LoadAsync(string? keyPath)
    {
        GoogleCredential google;
        if (string.IsNullOrEmpty(keyPath))
        {
            google = await GoogleCredential.GetApplicationDefaultAsync().ConfigureAwait(false);
        }
        else
        {
            var serviceAccount = await CredentialFactory.FromFileAsync<ServiceAccountCredential>(keyPath, CancellationToken.None).ConfigureAwait(false);
            google = serviceAccount.ToGoogleCredential();
        }
        return google.IsCreateScopedRequired ? google.CreateScoped(CloudPlatformScope) : google;
    }
}
