namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>One resource that depends on an image or machine image, where it is, and how it refers to it.</summary>
public sealed record BlastRadiusItem(string Kind, string Name, string Location, string Via);
