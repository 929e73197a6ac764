namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>The risks a person explicitly accepted for a delete. Protection can never be overridden.</summary>
[Flags]
public enum DeleteOverride
{
    None = 0,

    /// <summary>Delete the image even though it is the one its family resolves to.</summary>
    LatestOfFamily = 1,

    /// <summary>Delete the image even though an instance template creates disks from it.</summary>
    ReferencedByTemplate = 2,
}
