namespace MachineImagesConsole.Operations;

/// <summary>Keys of keyed services that carry Compute credentials.</summary>
public static class ComputeIdentityKeys
{
    /// <summary>
    /// The console's own service-account <see cref="Compute.Credentials.IAccessTokenProvider"/>, registered as a
    /// keyed singleton: <c>services.AddKeyedSingleton&lt;IAccessTokenProvider&gt;(ComputeIdentityKeys.ServiceAccount, ...)</c>.
    /// </summary>
    public const string ServiceAccount = "compute:service-account";
}
