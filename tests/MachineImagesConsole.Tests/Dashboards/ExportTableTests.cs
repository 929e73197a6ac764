using System.Text.Json;
using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Tests.Dashboards;

public sealed class ExportTableTests
{
    [Fact]
    public void ToCsv_FormulaLikeCell_IsNeutralised()
    {
        var table = new ExportTable(["name", "description"], [["x", "=HYPERLINK(\"evil\")"]]);

        Assert.Equal("name,description\r\nx,\"'=HYPERLINK(\"\"evil\"\")\"\r\n", table.ToCsv());
    }

    [Fact]
    public void ToJson_Rows_AreObjectsKeyedByHeaderWithNulls()
    {
        var table = new ExportTable(["name", "size"], [["a", "10"], ["b", null]]);

        using var doc = JsonDocument.Parse(table.ToJson());

        Assert.Equal(2, doc.RootElement.GetArrayLength());
        Assert.Equal("10", doc.RootElement[0].GetProperty("size").GetString());
        Assert.Equal(JsonValueKind.Null, doc.RootElement[1].GetProperty("size").ValueKind);
    }
}
