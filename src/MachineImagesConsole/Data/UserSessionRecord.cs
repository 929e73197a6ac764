namespace MachineImagesConsole.Data;

/// <summary>One signed-in browser session. Token columns hold data-protected ciphertext, never plain tokens.</summary>
public sealed class UserSessionRecord
{
    /// <summary>Random, unguessable id carried as a claim in the auth cookie.</summary>
    public required string Id { get; set; }

    public required string Subject { get; set; }

    public string? Email { get; set; }

    public required string ProtectedAccessToken { get; set; }

    public string? ProtectedRefreshToken { get; set; }

    public DateTimeOffset AccessTokenExpiresAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
