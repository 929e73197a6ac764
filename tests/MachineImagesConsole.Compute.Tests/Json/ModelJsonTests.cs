using System.Text.Json;
using System.Text.Json.Nodes;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Serialization;

namespace MachineImagesConsole.Compute.Tests.Json;

public sealed class ModelJsonTests
{
    [Fact]
    public void MachineImage_Int64AndUint64AsStrings_ReadAsNumbers()
    {
        const string json = """
            {"kind":"compute#machineImage","id":"18446744073709551615","name":"mi-1","status":"READY",
             "totalStorageBytes":"123456789012","creationTimestamp":"2022-06-06T19:42:24.377-07:00",
             "savedDisks":[{"kind":"compute#savedDisk","sourceDisk":"zones/z/disks/d","storageBytes":"42","architecture":"X86_64"}]}
            """;

        var image = JsonSerializer.Deserialize(json, ComputeJsonContext.Default.MachineImage)!;

        Assert.Equal(ulong.MaxValue, image.Id);
        Assert.Equal(123456789012L, image.TotalStorageBytes);
        Assert.Equal(MachineImageStatus.Ready, image.Status);
        Assert.Equal(42L, Assert.Single(image.SavedDisks!).StorageBytes);
    }

    [Fact]
    public void Image_Int64Fields_WrittenAsJsonStrings()
    {
        var image = new Image { Name = "img", DiskSizeGb = 10, ArchiveSizeBytes = 5_000_000_000, LicenseCodes = [1L, 9_000_000_000L] };

        var node = JsonNode.Parse(JsonSerializer.Serialize(image, ComputeJsonContext.Default.Image))!;

        Assert.Equal(JsonValueKind.String, node["diskSizeGb"]!.GetValueKind());
        Assert.Equal("10", node["diskSizeGb"]!.GetValue<string>());
        Assert.Equal("5000000000", node["archiveSizeBytes"]!.GetValue<string>());
        Assert.Equal(JsonValueKind.String, node["licenseCodes"]![1]!.GetValueKind());
        Assert.Equal("9000000000", node["licenseCodes"]![1]!.GetValue<string>());
    }

    [Fact]
    public void Operation_Int32Fields_StayJsonNumbers()
    {
        var op = new Operation { Name = "op", Progress = 40, HttpErrorStatusCode = 404, TargetId = 7 };

        var node = JsonNode.Parse(JsonSerializer.Serialize(op, ComputeJsonContext.Default.Operation))!;

        Assert.Equal(JsonValueKind.Number, node["progress"]!.GetValueKind());
        Assert.Equal(JsonValueKind.Number, node["httpErrorStatusCode"]!.GetValueKind());
        Assert.Equal(JsonValueKind.String, node["targetId"]!.GetValueKind());
    }

    [Fact]
    public void Serialize_NullMembers_AreOmitted()
    {
        var json = JsonSerializer.Serialize(new MachineImage { Name = "mi" }, ComputeJsonContext.Default.MachineImage);

        Assert.Equal("""{"name":"mi"}""", json);
    }

    [Fact]
    public void Deserialize_UnknownFields_AreKeptAndRoundTrip()
    {
        const string json = """{"name":"mi","futureField":{"nested":[1,2]},"anotherOne":"x"}""";

        var image = JsonSerializer.Deserialize(json, ComputeJsonContext.Default.MachineImage)!;
        var again = JsonNode.Parse(JsonSerializer.Serialize(image, ComputeJsonContext.Default.MachineImage))!;

        Assert.NotNull(image.AdditionalProperties);
        Assert.True(image.AdditionalProperties!.ContainsKey("futureField"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), again));
    }

    [Fact]
    public void Deserialize_UnknownEnumValue_IsKeptAsString()
    {
        var image = JsonSerializer.Deserialize("""{"status":"SOME_NEW_STATE","guestOsFeatures":[{"type":"BRAND_NEW"}]}""", ComputeJsonContext.Default.Image)!;

        Assert.Equal("SOME_NEW_STATE", image.Status);
        Assert.Equal("BRAND_NEW", image.GuestOsFeatures![0].Type);
    }

    [Fact]
    public void Operation_ErrorAndWarnings_AreTyped()
    {
        const string json = """
            {"name":"op-1","status":"DONE","httpErrorStatusCode":403,"httpErrorMessage":"FORBIDDEN",
             "error":{"errors":[{"code":"QUOTA_EXCEEDED","message":"Quota 'CPUS' exceeded.","errorDetails":[{"quotaInfo":{"metricName":"CPUS","limit":24}}]}]},
             "warnings":[{"code":"DEPRECATED_RESOURCE_USED","message":"m","data":[{"key":"k","value":"v"}]}]}
            """;

        var op = JsonSerializer.Deserialize(json, ComputeJsonContext.Default.Operation)!;

        var error = Assert.Single(op.Error!.Errors!);
        Assert.Equal("QUOTA_EXCEEDED", error.Code);
        Assert.Equal("CPUS", error.ErrorDetails![0].QuotaInfo!.MetricName);
        Assert.Equal(WarningCode.DeprecatedResourceUsed, op.Warnings![0].Code);
        Assert.Equal("v", op.Warnings[0].Data![0].Value);
    }

    [Fact]
    public void InstanceAggregatedList_ItemsMapByScope_Deserializes()
    {
        const string json = """
            {"items":{"zones/a":{"instances":[{"name":"vm-1","id":"5"}]},
                      "zones/b":{"warning":{"code":"NO_RESULTS_ON_PAGE","message":"none"}}}}
            """;

        var list = JsonSerializer.Deserialize(json, ComputeJsonContext.Default.InstanceAggregatedList)!;

        Assert.Equal("vm-1", list.Items!["zones/a"].Instances![0].Name);
        Assert.Equal(5UL, list.Items["zones/a"].Instances![0].Id);
        Assert.Equal("NO_RESULTS_ON_PAGE", list.Items["zones/b"].Warning!.Code);
    }

    [Fact]
    public void ListEnvelope_WithoutItems_ExposesEmptyItems()
    {
        var list = JsonSerializer.Deserialize("""{"kind":"compute#imageList"}""", ComputeJsonContext.Default.ImageList)!;

        IComputeList<Image> envelope = list;
        Assert.Empty(envelope.Items);
        Assert.Null(envelope.NextPageToken);
    }

    [Fact]
    public void GlobalSetLabelsRequest_Serializes_LabelsAndFingerprint()
    {
        var request = new GlobalSetLabelsRequest { Labels = new() { ["env"] = "prod" }, LabelFingerprint = "42WmSpB8rSM=" };

        var json = JsonSerializer.Serialize(request, ComputeJsonContext.Default.GlobalSetLabelsRequest);

        Assert.Equal("""{"labelFingerprint":"42WmSpB8rSM=","labels":{"env":"prod"}}""", json);
    }
}
