using System.Text.Json.Nodes;
using MachineImagesConsole.Components.Tests.Dashboards;
using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Components.Tests.Operations;

public sealed class ProjectOperationsReaderTests : DashboardTestContext
{
    private const string AggregatedPath = "projects/acme-prod/aggregated/operations";

    [Fact]
    public async Task ListAsync_AggregatedList_OneCallReturnsEveryScopeAndReportsUnreachable()
    {
        Backend.On(AggregatedPath, new JsonObject
        {
            ["kind"] = "compute#operationAggregatedList",
            ["items"] = new JsonObject
            {
                ["global"] = new JsonObject { ["operations"] = new JsonArray(Op("op-global")) },
                ["regions/us-central1"] = new JsonObject { ["warning"] = new JsonObject { ["code"] = "NO_RESULTS_ON_PAGE", ["message"] = "none" } },
                ["zones/us-central1-a"] = new JsonObject { ["operations"] = new JsonArray(Op("op-zone-1"), Op("op-zone-2")) },
                ["zones/europe-west1-b"] = new JsonObject { ["warning"] = new JsonObject { ["code"] = "UNREACHABLE", ["message"] = "zone is down" } },
            },
            ["unreachables"] = new JsonArray("regions/asia-east1"),
        }.ToJsonString());
        var session = Services.GetRequiredService<ComputeSession>();

        var listing = await ProjectOperationsReader.ListAsync(session, "acme-prod", CancellationToken.None);

        Assert.Equal(["op-global", "op-zone-1", "op-zone-2"], listing.Operations.Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["zones/europe-west1-b (zone is down)", "regions/asia-east1 (unreachable)"], listing.UnreadableScopes);
        var request = Assert.Single(Backend.Requests);
        Assert.Equal("/compute/v1/" + AggregatedPath, request.AbsolutePath);
        Assert.Contains("returnPartialSuccess=true", request.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_AggregatedListDenied_Throws()
    {
        Backend.OnError(AggregatedPath, 403, "forbidden", "Required 'compute.globalOperations.list' permission");
        var session = Services.GetRequiredService<ComputeSession>();

        var error = await Assert.ThrowsAsync<Compute.Errors.ComputeApiException>(() => ProjectOperationsReader.ListAsync(session, "acme-prod", CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.StatusCode);
    }

    private static JsonObject Op(string name) => new()
    {
        ["kind"] = "compute#operation",
        ["name"] = name,
        ["status"] = "DONE",
        ["progress"] = 100,
        ["operationType"] = "insert",
    };
}
