namespace MachineImagesConsole.Configuration;

/// <summary>LocalCloud's automation client (client-credentials grant). The secret lives in memory only and is never logged.</summary>
public sealed record LocalCloudAutomationClient(string ClientId, string ClientSecret)
{
    public const string DefaultClientId = "console-automation";

    public override string ToString() => $"{nameof(LocalCloudAutomationClient)} {{ ClientId = {ClientId} }}";
}
