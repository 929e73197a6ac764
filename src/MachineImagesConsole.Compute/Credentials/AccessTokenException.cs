namespace MachineImagesConsole.Compute.Credentials;

/// <summary>An access token could not be obtained (the token endpoint refused or could not be reached).</summary>
public sealed class AccessTokenException : Exception
{
    public AccessTokenException()
    {
    }

    public AccessTokenException(string message) : base(message)
    {
    }

    public AccessTokenException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>The OAuth error code (e.g. <c>invalid_client</c>) when the endpoint sent one.</summary>
    public string? Error { get; init; }
}
