namespace MachineImagesConsole.ScaleOut.Tests;

/// <summary>The classes that start a whole topology (PostgreSQL, Redis, LocalCloud, two consoles, the proxy) run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class ScaleOutCollection
{
    public const string Name = "Scale-out topologies";
}
