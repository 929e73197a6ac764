namespace MachineImagesConsole.Tests.Authentication;

/// <summary>The corpus in <c>hostile-return-urls.txt</c>: returnUrl values as they appear in a query string.</summary>
public static class HostileReturnUrls
{
    public static IReadOnlyList<string> All { get; } = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Authentication", "hostile-return-urls.txt"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .ToArray();

    public static TheoryData<string> Data()
    {
        var data = new TheoryData<string>();
        foreach (var raw in All) data.Add(raw);
        return data;
    }
}
