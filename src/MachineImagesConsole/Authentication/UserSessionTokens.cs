namespace MachineImagesConsole.Authentication;

/// <summary>The tokens of one server-side session, unprotected. Never logged (ToString hides them).</summary>
public sealed record UserSessionTokens(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"{nameof(UserSessionTokens)} {{ ExpiresAt = {ExpiresAt:O}, HasRefreshToken = {RefreshToken is not null} }}";
}
