using System.Text.Json.Nodes;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Tests.Fakes;

namespace MachineImagesConsole.Compute.Tests.Resources;

public sealed class RequestTests
{
    private const string OperationJson = """{"name":"op-1","status":"PENDING","selfLink":"https://www.googleapis.com/compute/v1/projects/p/global/operations/op-1"}""";

    [Fact]
    public async Task MachineImagesInsert_SendsBodySourceInstanceRequestIdAndBearer()
    {
        var handler = new FakeHttpHandler().EnqueueJson(OperationJson);
        var client = TestClients.Plain(handler);
        var requestId = Guid.NewGuid();

        var op = await client.MachineImages.InsertAsync("acme-prod", new MachineImage { Name = "mi-1", GuestFlush = true }, "zones/us-central1-a/instances/vm-1", requestId);

        var sent = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("/compute/v1/projects/acme-prod/global/machineImages", sent.Uri.AbsolutePath);
        Assert.Equal(requestId.ToString(), sent.Query("requestId"));
        Assert.Equal("zones/us-central1-a/instances/vm-1", sent.Query("sourceInstance"));
        Assert.Equal("Bearer test-token", sent.Authorization);
        Assert.Equal("application/json", sent.ContentType);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"guestFlush":true,"name":"mi-1"}"""), JsonNode.Parse(sent.Body!)));
        Assert.Equal("op-1", op.Name);
    }

    [Fact]
    public async Task MutatingCall_WithoutRequestId_GeneratesAFreshUuid()
    {
        var handler = new FakeHttpHandler { Fallback = _ => FakeHttpHandler.Json(OperationJson) };
        var client = TestClients.Plain(handler);

        await client.Images.DeleteAsync("p", "img-1");
        await client.Images.DeleteAsync("p", "img-1");

        var ids = handler.Requests.Select(r => r.Query("requestId")).ToList();
        Assert.All(ids, id => Assert.True(Guid.TryParse(id, out var g) && g != Guid.Empty));
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public async Task MutatingCall_AllZeroRequestId_IsRejectedBeforeSending()
    {
        var handler = new FakeHttpHandler();
        var client = TestClients.Plain(handler);

        await Assert.ThrowsAsync<ArgumentException>(() => client.Instances.StartAsync("p", "z", "vm", Guid.Empty));
        Assert.Equal(0, handler.Count);
    }

    [Fact]
    public async Task InstancesInsert_FromMachineImage_SendsSourceMachineImage()
    {
        var handler = new FakeHttpHandler().EnqueueJson(OperationJson);
        var client = TestClients.Plain(handler);

        await client.Instances.InsertAsync("p", "us-central1-a", new Instance { Name = "restored" }, sourceMachineImage: "projects/p/global/machineImages/mi-1");

        var sent = Assert.Single(handler.Requests);
        Assert.Equal("/compute/v1/projects/p/zones/us-central1-a/instances", sent.Uri.AbsolutePath);
        Assert.Equal("projects/p/global/machineImages/mi-1", sent.Query("sourceMachineImage"));
        Assert.Null(sent.Query("sourceInstanceTemplate"));
    }

    [Fact]
    public async Task InstancesStop_BodilessPost_SendsEmptyContentAndFlags()
    {
        var handler = new FakeHttpHandler().EnqueueJson(OperationJson);
        var client = TestClients.Plain(handler);

        await client.Instances.StopAsync("p", "z", "vm", discardLocalSsd: true);

        var sent = Assert.Single(handler.Requests);
        Assert.Equal("/compute/v1/projects/p/zones/z/instances/vm/stop", sent.Uri.AbsolutePath);
        Assert.Equal("true", sent.Query("discardLocalSsd"));
        Assert.Equal(string.Empty, sent.Body);
    }

    [Fact]
    public async Task ImagesDeprecate_SendsDeprecationStatus()
    {
        var handler = new FakeHttpHandler().EnqueueJson(OperationJson);
        var client = TestClients.Plain(handler);

        await client.Images.DeprecateAsync("p", "img", new DeprecationStatus { State = DeprecationState.Deprecated, Replacement = "global/images/img-2" });

        var sent = Assert.Single(handler.Requests);
        Assert.Equal("/compute/v1/projects/p/global/images/img/deprecate", sent.Uri.AbsolutePath);
        Assert.Equal("""{"replacement":"global/images/img-2","state":"DEPRECATED"}""", sent.Body);
    }

    [Fact]
    public async Task GetIamPolicy_SendsRequestedPolicyVersion()
    {
        var handler = new FakeHttpHandler().EnqueueJson("""{"version":3,"etag":"BwXz","bindings":[{"role":"roles/compute.imageUser","members":["user:a@example.com"]}]}""");
        var client = TestClients.Plain(handler);

        var policy = await client.MachineImages.GetIamPolicyAsync("p", "mi", 3);

        Assert.Equal("3", handler.Requests[0].Query("optionsRequestedPolicyVersion"));
        Assert.Equal("/compute/v1/projects/p/global/machineImages/mi/getIamPolicy", handler.Requests[0].Uri.AbsolutePath);
        Assert.Equal("user:a@example.com", policy.Bindings![0].Members![0]);
    }

    [Fact]
    public async Task SerialPortOutput_SendsPortAndNegativeStart()
    {
        var handler = new FakeHttpHandler().EnqueueJson("""{"contents":"boot ok","start":"100","next":"107"}""");
        var client = TestClients.Plain(handler);

        var output = await client.Instances.GetSerialPortOutputAsync("p", "z", "vm", port: 1, start: -1024);

        Assert.Equal("-1024", handler.Requests[0].Query("start"));
        Assert.Equal("1", handler.Requests[0].Query("port"));
        Assert.Equal(107L, output.Next);
    }

    [Fact]
    public async Task ProjectsGet_UsesProjectPath()
    {
        var handler = new FakeHttpHandler().EnqueueJson("""{"name":"acme-prod","id":"123"}""");
        var client = TestClients.Plain(handler);

        var project = await client.Projects.GetAsync("acme-prod");

        Assert.Equal("/compute/v1/projects/acme-prod", handler.Requests[0].Uri.AbsolutePath);
        Assert.Equal(123UL, project.Id);
    }

    [Fact]
    public async Task OperationsDelete_EmptyResponse_Completes()
    {
        var handler = new FakeHttpHandler().EnqueueStatus(System.Net.HttpStatusCode.NoContent);
        var client = TestClients.Plain(handler);

        await client.ZoneOperations.DeleteAsync("p", "z", "op-1");

        Assert.Equal(HttpMethod.Delete, handler.Requests[0].Method);
        Assert.Equal("/compute/v1/projects/p/zones/z/operations/op-1", handler.Requests[0].Uri.AbsolutePath);
    }
}
