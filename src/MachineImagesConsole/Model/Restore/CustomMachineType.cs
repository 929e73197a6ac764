using System.Globalization;

namespace MachineImagesConsole.Model.Restore;

/// <summary>
/// Custom machine type rules the console enforces before anything is sent (Compute Engine's documented rules for
/// the families offered here):
/// <list type="bullet">
/// <item>vCPUs: 1, or an even number up to 96 (E2 and N2/N2D: even numbers from 2; N1 also allows 1).</item>
/// <item>Memory: a multiple of 256 MB; per vCPU at least 0.5 GB and at most 8 GB for E2, N2 and N2D, and
/// 0.9 GB (922 MB) to 6.5 GB for N1 — unless extended memory is used, which lifts the upper bound.</item>
/// </list>
/// The name sent to Compute is <c>FAMILY-custom-VCPUS-MEMORY_MB</c> (N1: <c>custom-VCPUS-MEMORY_MB</c>), with <c>-ext</c> for extended memory.
/// </summary>
public static class CustomMachineType
{
    public const int MaxVcpus = 96;
    public const int MemoryStepMb = 256;

    /// <summary>The families offered for custom machine types.</summary>
    public static readonly IReadOnlyList<string> Families = ["e2", "n2", "n2d", "n1"];

    /// <summary>The smallest and largest memory per vCPU, in MB, of a family.</summary>
    public static (int MinPerVcpuMb, int MaxPerVcpuMb) MemoryPerVcpu(string family) => family switch
    {
        "n1" => (922, 6656),
        _ => (512, 8192),
    };

    /// <summary>A problem with the vCPU count, or null.</summary>
    public static string? ValidateVcpus(string family, int vcpus)
    {
        if (!Families.Contains(family, StringComparer.Ordinal)) return $"'{family}' is not a family with custom machine types (use {string.Join(", ", Families)}).";
        if (vcpus < 1 || vcpus > MaxVcpus) return $"vCPUs must be between 1 and {MaxVcpus}.";
        if (vcpus == 1 && family != "n1") return $"{family.ToUpperInvariant()} custom machine types need an even number of vCPUs (2 or more).";
        if (vcpus > 1 && vcpus % 2 != 0) return "vCPUs must be 1 or an even number.";
        return null;
    }

    /// <summary>A problem with the memory size for that many vCPUs, or null.</summary>
    public static string? ValidateMemory(string family, int vcpus, int memoryMb, bool extendedMemory = false)
    {
        if (memoryMb <= 0) return "Memory must be more than 0 MB.";
        if (memoryMb % MemoryStepMb != 0) return $"Memory must be a multiple of {MemoryStepMb} MB.";
        if (vcpus < 1) return null; // the vCPU message says what is wrong
        var (min, max) = MemoryPerVcpu(family);
        if (memoryMb < vcpus * min)
            return $"Memory must be at least {Gb(min)} GB per vCPU ({vcpus * min} MB for {vcpus} vCPUs).";
        if (!extendedMemory && memoryMb > vcpus * max)
            return $"Memory must be at most {Gb(max)} GB per vCPU ({vcpus * max} MB for {vcpus} vCPUs) unless extended memory is used.";
        return null;
    }

    /// <summary>The machine type name Compute Engine expects.</summary>
    public static string Name(string family, int vcpus, int memoryMb, bool extendedMemory = false)
    {
        var core = string.Create(CultureInfo.InvariantCulture, $"custom-{vcpus}-{memoryMb}");
        var name = family == "n1" ? core : family + "-" + core;
        return extendedMemory ? name + "-ext" : name;
    }

    private static string Gb(int mb) => (mb / 1024.0).ToString("0.##", CultureInfo.InvariantCulture);
}
