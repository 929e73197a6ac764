namespace MachineImagesConsole.Compute.Models;

/// <summary>
/// Names the discovery-document schema a model mirrors when it is an inline (anonymous) schema,
/// e.g. <c>Operation.error.errors[]</c>. Models without it mirror the schema of their own name.
/// Read by the contract tests.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class DiscoverySchemaAttribute(string path) : Attribute
{
    public string Path { get; } = path;
}
