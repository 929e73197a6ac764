using Bunit;
using MachineImagesConsole.Components.Pages.MachineImages;

namespace MachineImagesConsole.Components.Tests.Dashboards;

public sealed class MachineImageDetailPageTests : DashboardTestContext
{
    private const string ImageJson = """
    {"kind":"compute#machineImage","name":"web-nightly","status":"READY","totalStorageBytes":"10737418240",
     "sourceInstance":"https://www.googleapis.com/compute/v1/projects/acme-prod/zones/us-central1-a/instances/web-1",
     "storageLocations":["us-central1"],"labels":{"env":"prod"},"creationTimestamp":"2025-03-01T04:00:00.000-08:00",
     "sourceInstanceProperties":{"machineType":"e2-standard-4","minCpuPlatform":"Intel Cascade Lake",
       "disks":[{"deviceName":"boot","diskSizeGb":"20","diskType":"pd-balanced","boot":true,"mode":"READ_WRITE"},{"deviceName":"data","diskSizeGb":"100","diskType":"pd-ssd","boot":false}],
       "networkInterfaces":[{"name":"nic0","network":"https://www.googleapis.com/compute/v1/projects/acme-prod/global/networks/default","networkIP":"10.0.0.2"}],
       "metadata":{"items":[{"key":"startup-script","value":"echo hi"}]},
       "serviceAccounts":[{"email":"web@acme-prod.iam.gserviceaccount.com","scopes":["https://www.googleapis.com/auth/cloud-platform"]}],
       "scheduling":{"preemptible":false,"automaticRestart":true,"onHostMaintenance":"MIGRATE"}}}
    """;

    [Fact]
    public void Render_ExistingImage_ShowsOverviewPropertiesPolicyAndCommands()
    {
        Backend.On("projects/acme-prod/global/machineImages/web-nightly", ImageJson)
            .On("projects/acme-prod/global/machineImages/web-nightly/getIamPolicy",
                """{"version":1,"etag":"BwX=","bindings":[{"role":"roles/compute.admin","members":["user:admin@example.com","group:ops@example.com"]}]}""");
        NavigateTo("/machine-images/web-nightly?project=acme-prod");

        var page = Render<MachineImageDetailPage>(p => p.Add(x => x.Name, "web-nightly"));

        page.WaitForAssertion(() => Assert.Contains("10 GiB", page.Find("[data-testid=overview]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        var disks = page.Find("[data-testid=disks]").TextContent;
        Assert.Contains("Boot disk", disks, StringComparison.Ordinal);
        Assert.Contains("pd-ssd", disks, StringComparison.Ordinal);
        Assert.Contains("e2-standard-4", page.Find("[data-testid=machine]").TextContent, StringComparison.Ordinal);
        Assert.Contains("MIGRATE", page.Find("[data-testid=machine]").TextContent, StringComparison.Ordinal);
        Assert.Contains("startup-script", page.Markup, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Contains("ops@example.com", page.Find("[data-testid=iam-bindings]").TextContent, StringComparison.Ordinal));
        Assert.Contains("--source-instance=web-1", page.Find("[data-testid=gcloud-command]").TextContent, StringComparison.Ordinal);
        Assert.Contains("POST https://compute.googleapis.com/compute/v1/projects/acme-prod/global/machineImages", page.Find("[data-testid=rest-request]").TextContent, StringComparison.Ordinal);
        Assert.Contains("\"totalStorageBytes\": \"10737418240\"", page.Find("[data-testid=raw-json]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MissingImage_ShowsNotFoundAdvice()
    {
        NavigateTo("/machine-images/gone?project=acme-prod");

        var page = Render<MachineImageDetailPage>(p => p.Add(x => x.Name, "gone"));

        page.WaitForAssertion(() => Assert.Contains("notFound", page.Find("[data-testid=dashboard-error]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.Contains("refresh the list", page.Find("[data-testid=dashboard-error]").TextContent, StringComparison.Ordinal);
    }
}
