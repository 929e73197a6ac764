using System.Text.Json.Nodes;
using MachineImagesConsole.LocalCloud.Tests.Infrastructure;

namespace MachineImagesConsole.LocalCloud.Tests;

public sealed class ComputeAccessTests(InstantServerFixture fixture) : IClassFixture<InstantServerFixture>
{
    private LocalCloudServer Server => fixture.Server;

    [Fact]
    public async Task Compute_NoToken_Returns401WithGoogleErrorJson()
    {
        var (status, body) = await Server.GetAsync("compute/v1/projects/acme-prod/global/images", null);
        Assert.Equal(401, status);
        Assert.Equal(401, (int?)body!["error"]!["code"]);
        Assert.Equal("required", (string?)body["error"]!["errors"]![0]!["reason"]);
        Assert.Equal("global", (string?)body["error"]!["errors"]![0]!["domain"]);
    }

    [Fact]
    public async Task Compute_ForeignOrGarbageToken_Returns401()
    {
        var (status, body) = await Server.GetAsync("compute/v1/projects/acme-prod/global/images", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        Assert.Equal(401, status);
        Assert.Equal("authError", (string?)body!["error"]!["errors"]![0]!["reason"]);
    }

    [Fact]
    public async Task ImagesInsert_Viewer_Returns403NamingThePermission()
    {
        var viewer = await Server.PersonTokenAsync("viewer@example.com");
        var (status, body) = await Server.PostAsync("compute/v1/projects/acme-prod/global/images", viewer,
            new JsonObject { ["name"] = "viewer-image", ["rawDisk"] = new JsonObject { ["source"] = "gs://bucket/disk.tar.gz" } });
        Assert.Equal(403, status);
        Assert.Equal("forbidden", (string?)body!["error"]!["errors"]![0]!["reason"]);
        Assert.Equal("Required 'compute.images.create' permission for 'projects/acme-prod/global/images/viewer-image'", (string?)body["error"]!["message"]);
        var (getStatus, _) = await Server.GetAsync("compute/v1/projects/acme-prod/global/images/viewer-image", fixture.AutomationToken);
        Assert.Equal(404, getStatus);
    }

    [Fact]
    public async Task InstancesList_HelpDeskInForeignProject_Returns403()
    {
        var helpdesk = await Server.PersonTokenAsync("helpdesk@example.com");
        var (status, body) = await Server.GetAsync("compute/v1/projects/acme-staging/zones/us-central1-a/instances", helpdesk);
        Assert.Equal(403, status);
        Assert.Contains("compute.instances.list", (string?)body!["error"]!["message"]);
        var (own, _) = await Server.GetAsync("compute/v1/projects/acme-helpdesk-sandbox/zones/us-central1-f/instances", helpdesk);
        Assert.Equal(200, own);
    }

    [Fact]
    public async Task ImageSharing_ImageUserOnImage_LetsMemberCreateVmInOtherProject()
    {
        var helpdesk = await Server.PersonTokenAsync("helpdesk@example.com");
        var admin = await Server.PersonTokenAsync("admin@example.com");
        const string image = "projects/acme-prod/global/images/one-off-03";
        JsonObject Vm(string name) => new()
        {
            ["name"] = name,
            ["machineType"] = "zones/us-central1-f/machineTypes/e2-small",
            ["disks"] = new JsonArray(new JsonObject { ["boot"] = true, ["initializeParams"] = new JsonObject { ["sourceImage"] = image } }),
        };

        var (denied, deniedBody) = await Server.PostAsync("compute/v1/projects/acme-helpdesk-sandbox/zones/us-central1-f/instances", helpdesk, Vm("hd-from-prod-1"));
        Assert.Equal(403, denied);
        Assert.Contains("compute.images.useReadOnly", (string?)deniedBody!["error"]!["message"]);

        var (_, policy) = await Server.GetAsync("compute/v1/projects/acme-prod/global/images/one-off-03/getIamPolicy", admin);
        var (setStatus, _) = await Server.PostAsync("compute/v1/projects/acme-prod/global/images/one-off-03/setIamPolicy", admin, new JsonObject
        {
            ["policy"] = new JsonObject
            {
                ["etag"] = (string?)policy!["etag"],
                ["bindings"] = new JsonArray(new JsonObject { ["role"] = "roles/compute.imageUser", ["members"] = new JsonArray("user:helpdesk@example.com") }),
            },
        });
        Assert.Equal(200, setStatus);

        var (allowed, op) = await Server.PostAsync("compute/v1/projects/acme-helpdesk-sandbox/zones/us-central1-f/instances", helpdesk, Vm("hd-from-prod-1"));
        Assert.Equal(200, allowed);
        Assert.Equal("DONE", (string?)op!["status"]);
        Assert.Null(op["error"]);
        var (_, vm) = await Server.GetAsync("compute/v1/projects/acme-helpdesk-sandbox/zones/us-central1-f/instances/hd-from-prod-1", helpdesk);
        Assert.Equal("RUNNING", (string?)vm!["status"]);

        // Another, unshared prod image is still off limits.
        var (other, _) = await Server.PostAsync("compute/v1/projects/acme-helpdesk-sandbox/zones/us-central1-f/instances", helpdesk,
            new JsonObject
            {
                ["name"] = "hd-from-prod-2",
                ["machineType"] = "zones/us-central1-f/machineTypes/e2-small",
                ["disks"] = new JsonArray(new JsonObject { ["boot"] = true, ["initializeParams"] = new JsonObject { ["sourceImage"] = "projects/acme-prod/global/images/one-off-04" } }),
            });
        Assert.Equal(403, other);
    }

    [Fact]
    public async Task SetIamPolicy_StaleEtag_Returns412()
    {
        var admin = await Server.PersonTokenAsync("admin@example.com");
        const string path = "compute/v1/projects/acme-prod/global/machineImages/web-1-nightly";
        var (_, original) = await Server.GetAsync(path + "/getIamPolicy", admin);
        var staleEtag = (string?)original!["etag"];
        JsonObject Policy(string? etag, string member) => new()
        {
            ["policy"] = new JsonObject
            {
                ["etag"] = etag,
                ["bindings"] = new JsonArray(new JsonObject { ["role"] = "roles/compute.imageUser", ["members"] = new JsonArray(member) }),
            },
        };
        var (first, updated) = await Server.PostAsync(path + "/setIamPolicy", admin, Policy(staleEtag, "user:viewer@example.com"));
        Assert.Equal(200, first);
        Assert.NotEqual(staleEtag, (string?)updated!["etag"]);

        var (second, error) = await Server.PostAsync(path + "/setIamPolicy", admin, Policy(staleEtag, "user:operator@example.com"));
        Assert.Equal(412, second);
        Assert.Equal("conditionNotMet", (string?)error!["error"]!["errors"]![0]!["reason"]);
        var (_, current) = await Server.GetAsync(path + "/getIamPolicy", admin);
        Assert.Equal((string?)updated["etag"], (string?)current!["etag"]);
    }

    [Fact]
    public async Task TestIamPermissions_ReturnsTheSubsetTheCallerHolds()
    {
        var viewer = await Server.PersonTokenAsync("viewer@example.com");
        var (status, body) = await Server.PostAsync("compute/v1/projects/acme-prod/global/images/one-off-01/testIamPermissions", viewer,
            new JsonObject { ["permissions"] = new JsonArray("compute.images.get", "compute.images.delete") });
        Assert.Equal(200, status);
        Assert.Equal(["compute.images.get"], body!["permissions"]!.AsArray().Select(p => (string)p!));
    }

    [Fact]
    public async Task ProjectsSearch_ListsProjectsWithAnyRoleAndPublicImageProjects()
    {
        var helpdesk = await Server.PersonTokenAsync("helpdesk@example.com");
        var (status, body) = await Server.GetAsync("v3/projects:search", helpdesk);
        Assert.Equal(200, status);
        var ids = body!["projects"]!.AsArray().Select(p => (string)p!["projectId"]!).ToList();
        Assert.Contains("acme-prod", ids);
        Assert.Contains("acme-helpdesk-sandbox", ids);
        Assert.Contains("debian-cloud", ids);
        Assert.DoesNotContain("acme-staging", ids);
    }
}
