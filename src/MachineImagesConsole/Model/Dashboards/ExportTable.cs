using System.Text;
using System.Text.Json;

namespace MachineImagesConsole.Model.Dashboards;

/// <summary>The current grid view as a table of strings, written as CSV (RFC 4180) or JSON (an array of objects).</summary>
public sealed record ExportTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string?>> Rows)
{
    public string ToCsv()
    {
        var builder = new StringBuilder();
        AppendLine(builder, Headers);
        foreach (var row in Rows) AppendLine(builder, row);
        return builder.ToString();
    }

    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var row in Rows)
            {
                writer.WriteStartObject();
                for (var i = 0; i < Headers.Count; i++)
                {
                    var value = i < row.Count ? row[i] : null;
                    if (value is null) writer.WriteNull(Headers[i]);
                    else writer.WriteString(Headers[i], value);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Labels as <c>k1=v1;k2=v2</c>, sorted by key.</summary>
    public static string Labels(IReadOnlyDictionary<string, string> labels)
        => string.Join(';', labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value));

    private static void AppendLine(StringBuilder builder, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) builder.Append(',');
            builder.Append(Escape(cells[i]));
        }
        builder.Append("\r\n");
    }

    private static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        // Cells starting with formula characters are prefixed so spreadsheets do not evaluate them.
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
