namespace MachineImagesConsole.Authentication;

/// <summary>
/// The person's server-side session is gone or its refresh token no longer works (revoked, expired).
/// The UI answers with a fresh sign-in (<c>/account/signin?returnUrl=…</c>, forced load), never an error page.
/// </summary>
public sealed class ReauthenticationRequiredException : Exception
{
    public ReauthenticationRequiredException()
        : base("Your sign-in has expired. Please sign in again.")
    {
    }

    public ReauthenticationRequiredException(string message)
        : base(message)
    {
    }

    public ReauthenticationRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
