using System.Net;
using MachineImagesConsole.Tests.Hub;

namespace MachineImagesConsole.Tests.Backups;

/// <summary>The backup pages render (server prerender) for the roles that see them, and not for HelpDesk.</summary>
public sealed class BackupPagesHttpTests
{
    [Fact]
    public async Task BackupPages_RenderForAdminAndViewer_NotForHelpDesk()
    {
        await using var console = await RunningConsole.StartAsync(settings: BackupConsole.Policy("pages", "0 0 1 1 *", ["us-central1-a/web-1"]));
        var policy = await BackupConsole.PolicyAsync(console, "pages");

        async Task<string> GetAsync(CookieContainer cookies, string path)
        {
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = console.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        var admin = await console.SignInAsync("admin@example.com");
        Assert.Contains("declared in configuration", await GetAsync(admin, "/backups"), StringComparison.Ordinal);
        Assert.Contains("Save policy", await GetAsync(admin, "/backups/new"), StringComparison.Ordinal);
        Assert.Contains("Run history", await GetAsync(admin, $"/backups/{policy.Id}"), StringComparison.Ordinal);
        var instances = await GetAsync(admin, "/instances?project=acme-prod");
        Assert.Contains("web-1", instances, StringComparison.Ordinal);
        Assert.Contains("Unprotected", instances, StringComparison.Ordinal);

        var viewer = await console.SignInAsync("viewer@example.com");
        var viewerList = await GetAsync(viewer, "/backups");
        Assert.Contains("pages", viewerList, StringComparison.Ordinal);
        Assert.DoesNotContain("New policy", viewerList, StringComparison.Ordinal);

        var helpDesk = await console.SignInAsync("helpdesk@example.com");
        Assert.DoesNotContain("Run history", await GetAsync(helpDesk, $"/backups/{policy.Id}"), StringComparison.Ordinal);
    }
}
