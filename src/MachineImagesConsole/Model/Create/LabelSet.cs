using MachineImagesConsole.Compute.Validation;

namespace MachineImagesConsole.Model.Create;

/// <summary>Checks the rows of a labels editor with <see cref="LabelRules"/> and turns them into Compute's label map.</summary>
public static class LabelSet
{
    /// <summary>The problem with a row's key, or null.</summary>
    public static string? KeyError(IReadOnlyList<LabelEntry> rows, int index)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var key = rows[index].Key;
        if (LabelRules.ValidateKey(key) is { } problem) return problem;
        for (var i = 0; i < index; i++)
        {
            if (string.Equals(rows[i].Key, key, StringComparison.Ordinal)) return $"Label key '{key}' is used twice.";
        }
        return null;
    }

    /// <summary>The problem with a row's value, or null.</summary>
    public static string? ValueError(IReadOnlyList<LabelEntry> rows, int index)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return LabelRules.ValidateValue(rows[index].Key, rows[index].Value);
    }

    /// <summary>Null when every row is valid and there are at most 64, otherwise the first problem.</summary>
    public static string? Validate(IReadOnlyList<LabelEntry> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count > LabelRules.MaxLabels) return $"At most {LabelRules.MaxLabels} labels are allowed (there are {rows.Count}).";
        for (var i = 0; i < rows.Count; i++)
        {
            if ((KeyError(rows, i) ?? ValueError(rows, i)) is { } problem) return problem;
        }
        return null;
    }

    /// <summary>The rows as Compute's map (null when there are none).</summary>
    public static Dictionary<string, string>? ToDictionary(IReadOnlyList<LabelEntry> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) return null;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows) map[row.Key] = row.Value ?? string.Empty;
        return map;
    }
}
