using System.Net;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.LocalCloud.Hosting;
using MachineImagesConsole.LocalCloud.Tests.Infrastructure;

namespace MachineImagesConsole.Compute.Tests.Integration;

/// <summary>Every error reason the client must surface, produced by LocalCloud over real HTTP.</summary>
public sealed class ErrorReasonIntegrationTests(InstantServerFixture fixture) : IClassFixture<InstantServerFixture>
{
    private const string Prod = "acme-prod";
    private const string ProdDisk = "projects/acme-prod/zones/us-central1-a/disks/web-1";

    [Fact]
    public async Task ImagesGet_MissingImage_IsNotFound()
    {
        using var local = LocalCloudClient.ForAutomation(fixture.Server);

        var error = await Assert.ThrowsAsync<ComputeApiException>(() => local.Client.Images.GetAsync(Prod, "no-such-image"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.True(error.IsNotFound);
        Assert.Equal(["notFound"], error.Reasons);
        Assert.Contains("projects/acme-prod/global/images/no-such-image", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImagesInsert_ExistingName_IsAlreadyExists()
    {
        using var local = LocalCloudClient.ForAutomation(fixture.Server);

        var error = await Assert.ThrowsAsync<ComputeApiException>(() =>
            local.Client.Images.InsertAsync(Prod, new Image { Name = "one-off-01", SourceDisk = ProdDisk }, forceCreate: true));

        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        Assert.True(error.IsAlreadyExists);
        Assert.Equal(["alreadyExists"], error.Reasons);
    }

    [Fact]
    public async Task ImagesInsert_ViewerPerson_IsForbiddenAndReadsStillWork()
    {
        using var viewer = await LocalCloudClient.ForPersonAsync(fixture.Server, "viewer@example.com");

        var image = await viewer.Client.Images.GetAsync(Prod, "one-off-01");
        var error = await Assert.ThrowsAsync<ComputeApiException>(() =>
            viewer.Client.Images.InsertAsync(Prod, new Image { Name = "viewer-attempt", SourceDisk = ProdDisk }, forceCreate: true));

        Assert.Equal("one-off-01", image.Name);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.True(error.IsForbidden);
        Assert.False(error.IsQuotaExceeded);
        Assert.Equal(["forbidden"], error.Reasons);
        Assert.Contains("compute.images.create", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImagesInsert_InvalidName_IsInvalidAndWritesNothing()
    {
        using var local = LocalCloudClient.ForAutomation(fixture.Server);

        var error = await Assert.ThrowsAsync<ComputeApiException>(() =>
            local.Client.Images.InsertAsync(Prod, new Image { Name = "Bad_Name", SourceDisk = ProdDisk }, forceCreate: true));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.True(error.IsInvalid);
        Assert.Contains("invalid", error.Reasons);
        var sameName = await local.Client.Images.ListPageAsync(Prod, new ListOptions { Filter = "name = Bad_Name" });
        Assert.Empty(sameName.Items);
    }

    [Fact]
    public async Task ImagesList_UnparsableFilter_IsInvalid()
    {
        using var local = LocalCloudClient.ForAutomation(fixture.Server);

        var error = await Assert.ThrowsAsync<ComputeApiException>(async () =>
        {
            await foreach (var _ in local.Client.Images.ListAsync(Prod, new ListOptions { Filter = "name = (unbalanced" })) { }
        });

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.True(error.IsInvalid);
        Assert.Equal(["invalid"], error.Reasons);
    }

    [Fact]
    public async Task MachineImagesInsert_SeventhFromOneInstanceWithinTheHour_IsRateLimitExceeded()
    {
        using var local = LocalCloudClient.ForAutomation(fixture.Server);
        const string source = "projects/acme-prod/zones/europe-west1-b/instances/batch-worker";
        var run = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 6; i++)
        {
            var op = await local.Client.MachineImages.InsertAsync(Prod, new MachineImage { Name = $"rate-{run}-{i}" }, source);
            Assert.Equal(OperationStatus.Done, op.Status);
        }

        var error = await Assert.ThrowsAsync<ComputeApiException>(() =>
            local.Client.MachineImages.InsertAsync(Prod, new MachineImage { Name = $"rate-{run}-6" }, source));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.True(error.IsRateLimitExceeded);
        Assert.False(error.IsForbidden);
        Assert.Equal(["rateLimitExceeded"], error.Reasons);
        // 403 rateLimitExceeded is not retried: one request on the wire for the refused insert.
        Assert.Equal(7, local.Requests.Count(HttpMethod.Post, "/global/machineImages"));
    }

    [Fact]
    public async Task ImagesSetLabels_StaleLabelFingerprint_IsConditionNotMet()
    {
        using var local = LocalCloudClient.ForAutomation(fixture.Server);
        var before = await local.Client.Images.GetAsync(Prod, "one-off-02");

        var op = await local.Client.Images.SetLabelsAsync(Prod, "one-off-02",
            new GlobalSetLabelsRequest { LabelFingerprint = before.LabelFingerprint, Labels = new() { ["reviewed"] = "yes" } });
        var error = await Assert.ThrowsAsync<ComputeApiException>(() => local.Client.Images.SetLabelsAsync(Prod, "one-off-02",
            new GlobalSetLabelsRequest { LabelFingerprint = before.LabelFingerprint, Labels = new() { ["reviewed"] = "no" } }));

        Assert.Equal(OperationStatus.Done, op.Status);
        Assert.Equal(HttpStatusCode.PreconditionFailed, error.StatusCode);
        Assert.True(error.IsConditionNotMet);
        Assert.Equal(["conditionNotMet"], error.Reasons);
        var after = await local.Client.Images.GetAsync(Prod, "one-off-02");
        Assert.Equal("yes", after.Labels!["reviewed"]);
    }

    [Fact]
    public async Task ImagesSetIamPolicy_StaleEtag_IsConditionNotMet()
    {
        using var admin = await LocalCloudClient.ForPersonAsync(fixture.Server, "admin@example.com");
        var policy = await admin.Client.Images.GetIamPolicyAsync(Prod, "one-off-03");
        var staleEtag = policy.Etag;

        var updated = await admin.Client.Images.SetIamPolicyAsync(Prod, "one-off-03", new GlobalSetPolicyRequest
        {
            Policy = new Policy { Etag = staleEtag, Bindings = [new Binding { Role = "roles/compute.imageUser", Members = ["user:helpdesk@example.com"] }] },
        });
        var error = await Assert.ThrowsAsync<ComputeApiException>(() => admin.Client.Images.SetIamPolicyAsync(Prod, "one-off-03", new GlobalSetPolicyRequest
        {
            Policy = new Policy { Etag = staleEtag, Bindings = [] },
        }));

        Assert.NotEqual(staleEtag, updated.Etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, error.StatusCode);
        Assert.True(error.IsConditionNotMet);
        Assert.Equal(["conditionNotMet"], error.Reasons);
        var current = await admin.Client.Images.GetIamPolicyAsync(Prod, "one-off-03");
        Assert.Equal(updated.Etag, current.Etag);
        Assert.Contains(current.Bindings!, b => b.Role == "roles/compute.imageUser");
    }

    [Fact]
    public async Task MachineImagesInsert_TwentyFirstConcurrentCreationInARegion_IsQuotaExceeded()
    {
        await using var server = await LocalCloudServer.StartAsync(SimulationMode.Stepped);
        using var local = LocalCloudClient.ForAutomation(server);
        for (var i = 0; i < 20; i++)
        {
            var op = await local.Client.Images.InsertAsync(Prod, new Image { Name = $"concurrent-{i}", SourceDisk = ProdDisk }, forceCreate: true);
            Assert.Equal(OperationStatus.Pending, op.Status);
        }

        var error = await Assert.ThrowsAsync<ComputeApiException>(() =>
            local.Client.MachineImages.InsertAsync(Prod, new MachineImage { Name = "one-too-many" }, "projects/acme-prod/zones/us-central1-b/instances/web-2"));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.True(error.IsQuotaExceeded);
        Assert.False(error.IsForbidden);
        Assert.Equal(["quotaExceeded"], error.Reasons);
        Assert.Contains("CONCURRENT_IMAGE_CREATIONS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MachineImagesDelete_WhileAnInstanceIsBeingCreatedFromIt_IsResourceInUse()
    {
        await using var server = await LocalCloudServer.StartAsync(SimulationMode.Stepped);
        using var local = LocalCloudClient.ForAutomation(server);
        var insert = await local.Client.Instances.InsertAsync(Prod, "us-central1-a", new Instance { Name = "restoring-vm" },
            sourceMachineImage: "projects/acme-prod/global/machineImages/web-1-nightly");
        Assert.Equal(OperationStatus.Pending, insert.Status);

        var error = await Assert.ThrowsAsync<ComputeApiException>(() => local.Client.MachineImages.DeleteAsync(Prod, "web-1-nightly"));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.True(error.IsResourceInUse);
        Assert.Equal(["resourceInUseByAnotherResource"], error.Reasons);
        Assert.Contains("restoring-vm", error.Message, StringComparison.Ordinal);

        // Once the instance exists, the machine image may go.
        await server.AdvanceAsync(2);
        var delete = await local.Client.MachineImages.DeleteAsync(Prod, "web-1-nightly");
        Assert.Equal(OperationStatus.Pending, delete.Status);
    }
}
