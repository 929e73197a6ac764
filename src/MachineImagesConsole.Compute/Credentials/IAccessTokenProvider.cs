namespace MachineImagesConsole.Compute.Credentials;

/// <summary>Supplies the OAuth 2.0 bearer token for each Compute Engine call.</summary>
public interface IAccessTokenProvider
{
    /// <summary>Returns a currently valid access token (refreshing it if needed).</summary>
    ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken);
}
