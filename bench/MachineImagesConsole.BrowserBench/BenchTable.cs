using System.Globalization;

namespace MachineImagesConsole.BrowserBench;

/// <summary>The bench's result table: one row per metric, its goal, min / median / max of the runs and a verdict.</summary>
internal sealed class BenchTable
{
    private readonly List<string[]> _rows = [];

    /// <summary>A measured row; <paramref name="met"/> judges the median.</summary>
    public void Add(string metric, string goal, IReadOnlyList<double> runs, string unit, Func<double, bool> met, string? note = null)
    {
        if (runs.Count == 0)
        {
            _rows.Add([metric, goal, "—", "—", "—", "not measured" + (note is null ? "" : $" ({note})")]);
            return;
        }
        var sorted = runs.Order().ToList();
        var median = Median(sorted);
        _rows.Add([metric, goal, F(sorted[0], unit), F(median, unit), F(sorted[^1], unit),
            (met(median) ? "met" : "NOT met") + (note is null ? "" : $" ({note})")]);
    }

    public void NotMeasured(string metric, string goal, string why) => _rows.Add([metric, goal, "—", "—", "—", "not measured (" + why + ")"]);

    public void Print(TextWriter output)
    {
        output.WriteLine("| metric | goal | min | median | max | verdict |");
        output.WriteLine("| --- | --- | ---: | ---: | ---: | --- |");
        foreach (var r in _rows) output.WriteLine("| " + string.Join(" | ", r) + " |");
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static string F(double value, string unit) => unit switch
    {
        "x" => value.ToString("F2", CultureInfo.InvariantCulture) + "×",
        "s" => value.ToString("F2", CultureInfo.InvariantCulture) + " s",
        "MB" => value.ToString("F2", CultureInfo.InvariantCulture) + " MB",
        "ms/item" => value.ToString("F3", CultureInfo.InvariantCulture) + " ms/item",
        _ => value.ToString("F0", CultureInfo.InvariantCulture) + " " + unit,
    };
}
