namespace MachineImagesConsole.Data;

/// <summary>Whose credentials the console uses when it calls Compute (configuration <c>Console:Compute:Identity</c>).</summary>
public enum ComputeIdentity
{
    /// <summary>The signed-in person's own access token: Compute IAM decides per user.</summary>
    User = 0,

    /// <summary>The console's service account (client-credentials grant).</summary>
    ServiceAccount = 1,
}
