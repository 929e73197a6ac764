namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>Pure helpers for the labels editor.</summary>
public static class LabelEdits
{
    /// <summary>
    /// Re-applies a person's edits (from <paramref name="original"/> to <paramref name="edited"/>) on top of labels someone
    /// else wrote meanwhile (<paramref name="current"/>): keys the person added, changed or removed win; other keys keep
    /// their current values.
    /// </summary>
    public static Dictionary<string, string> Rebase(
        IReadOnlyDictionary<string, string> original, IReadOnlyDictionary<string, string> edited, IReadOnlyDictionary<string, string> current)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(edited);
        ArgumentNullException.ThrowIfNull(current);
        var result = new Dictionary<string, string>(current, StringComparer.Ordinal);
        foreach (var (key, value) in edited)
        {
            if (!original.TryGetValue(key, out var before) || before != value) result[key] = value;
        }

        foreach (var key in original.Keys.Where(k => !edited.ContainsKey(k))) result.Remove(key);
        return result;
    }

    /// <summary>Keeps <paramref name="current"/>'s protection label as it is: only Protect/Unprotect change it.</summary>
    public static Dictionary<string, string> KeepProtection(IReadOnlyDictionary<string, string> desired, IReadOnlyDictionary<string, string>? current)
    {
        ArgumentNullException.ThrowIfNull(desired);
        var result = new Dictionary<string, string>(desired, StringComparer.Ordinal);
        result.Remove(ProtectionLabels.Key);
        if (current is not null && current.TryGetValue(ProtectionLabels.Key, out var value)) result[ProtectionLabels.Key] = value;
        return result;
    }
}
