using System.Globalization;

namespace MachineImagesConsole.Model.Drills;

/// <summary>Generated names of drill VMs: <c>drill-RUNID-IMAGE</c>, valid Compute names of at most 63 characters.</summary>
public static class DrillNames
{
    public static string VmName(long runId, string? machineImage)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"drill-{runId}-");
        var image = new string((machineImage ?? "vm").ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').ToArray());
        if (image.Length == 0) image = "vm";
        var name = prefix + image;
        if (name.Length > 63) name = name[..63];
        return name.TrimEnd('-');
    }
}
