namespace MachineImagesConsole.Compute.Credentials;

/// <summary>Gets the token from a delegate, e.g. the console's signed-in user's token store.</summary>
public sealed class DelegateAccessTokenProvider : IAccessTokenProvider
{
    private readonly Func<CancellationToken, ValueTask<string>> getToken;

    public DelegateAccessTokenProvider(Func<CancellationToken, ValueTask<string>> getToken)
    {
        ArgumentNullException.ThrowIfNull(getToken);
        this.getToken = getToken;
    }

    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) => getToken(cancellationToken);
}
