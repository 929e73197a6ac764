namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>The label that carries protection outside the console (<c>protected=true</c>).</summary>
public static class ProtectionLabels
{
    public const string Key = "protected";
    public const string Value = "true";

    public static bool IsSet(IReadOnlyDictionary<string, string>? labels)
        => labels is not null && labels.TryGetValue(Key, out var value) && string.Equals(value, Value, StringComparison.OrdinalIgnoreCase);
}
