namespace MachineImagesConsole.Authentication;

/// <summary>Redeems a refresh token at the issuer's token endpoint.</summary>
public interface IRefreshTokenGrant
{
    /// <summary>New tokens (the refresh token is kept when the issuer does not rotate it).</summary>
    /// <exception cref="ReauthenticationRequiredException">The grant is revoked or expired (<c>invalid_grant</c>).</exception>
    Task<UserSessionTokens> RedeemAsync(string refreshToken, CancellationToken cancellationToken);
}
