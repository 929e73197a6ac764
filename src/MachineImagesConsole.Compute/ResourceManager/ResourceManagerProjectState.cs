namespace MachineImagesConsole.Compute.ResourceManager;

/// <summary>Values of a Resource Manager project's <c>state</c>.</summary>
public static class ResourceManagerProjectState
{
    public const string StateUnspecified = "STATE_UNSPECIFIED";

    public const string Active = "ACTIVE";

    public const string DeleteRequested = "DELETE_REQUESTED";
}
