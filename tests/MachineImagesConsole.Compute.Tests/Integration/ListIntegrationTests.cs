using System.Globalization;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.LocalCloud.Tests.Infrastructure;

namespace MachineImagesConsole.Compute.Tests.Integration;

/// <summary>Lists over real HTTP against LocalCloud's seeded world (~300 images in acme-prod): paging and filters.</summary>
public sealed class ListIntegrationTests(InstantServerFixture fixture) : IClassFixture<InstantServerFixture>
{
    private const string Prod = "acme-prod";

    [Fact]
    public async Task ImagesList_HundredsOfImagesInPagesOf50_FollowsNextPageTokenOneCallPerPage()
    {
        using var local = LocalCloudClient.ForAutomation(fixture.Server);
        var onePage = await local.Client.Images.ListPageAsync(Prod, new ListOptions { MaxResults = 500 });
        Assert.Null(onePage.NextPageToken);
        var total = onePage.Items.Count;
        Assert.InRange(total, 200, 500);
        var callsBefore = local.Requests.Count(HttpMethod.Get, "/global/images");

        var names = new List<string>();
        await foreach (var image in local.Client.Images.ListAsync(Prod, new ListOptions { MaxResults = 50 }))
            names.Add(image.Name!);

        var pages = (total + 49) / 50;
        Assert.Equal(pages, local.Requests.Count(HttpMethod.Get, "/global/images") - callsBefore);
        Assert.Equal(total, names.Count);
        Assert.Equal(total, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(onePage.Items.Select(i => i.Name!).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        var queries = local.Requests.QueriesOf(HttpMethod.Get, "/global/images").Skip(1).ToList();
        Assert.Equal(pages - 1, queries.Count(q => q.Contains("pageToken=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ImagesListPage_MaxResults_ReturnsOnePageAndAToken()
    {
        using var local = LocalCloudClient.ForAutomation(fixture.Server);

        var first = await local.Client.Images.ListPageAsync(Prod, new ListOptions { MaxResults = 7 });
        var second = await local.Client.Images.ListPageAsync(Prod, new ListOptions { MaxResults = 7, PageToken = first.NextPageToken });

        Assert.Equal(7, first.Items.Count);
        Assert.NotNull(first.NextPageToken);
        Assert.Equal(7, second.Items.Count);
        Assert.Empty(first.Items.Select(i => i.Name).Intersect(second.Items.Select(i => i.Name)));
    }

    [Fact]
    public async Task ImagesList_FamilyFilter_ReturnsOnlyThatFamily()
    {
        using var local = LocalCloudClient.ForAutomation(fixture.Server);

        var web = await ToListAsync(local.Client.Images.ListAsync(Prod, new ListOptions { Filter = "family = acme-web", MaxResults = 25 }));

        Assert.Equal(70, web.Count);
        Assert.All(web, i => Assert.Equal("acme-web", i.Family));
    }

    [Fact]
    public async Task ImagesList_LabelFilterWithOr_ReturnsBothTeams()
    {
        using var local = LocalCloudClient.ForAutomation(fixture.Server);

        var data = await ToListAsync(local.Client.Images.ListAsync(Prod, new ListOptions { Filter = "labels.team = data" }));
        var dataOrBatch = await ToListAsync(local.Client.Images.ListAsync(Prod, new ListOptions { Filter = "(labels.team = data) OR (labels.team = batch)" }));

        Assert.Equal(50, data.Count);
        Assert.All(data, i => Assert.Equal("data", i.Labels!["team"]));
        Assert.Equal(50 + 55, dataOrBatch.Count);
        Assert.All(dataOrBatch, i => Assert.Contains(i.Labels!["team"], new[] { "data", "batch" }));
    }

    [Fact]
    public async Task ImagesList_CreationTimestampFilter_SplitsTheListAtTheInstant()
    {
        using var local = LocalCloudClient.ForAutomation(fixture.Server);
        var all = await ToListAsync(local.Client.Images.ListAsync(Prod));
        var times = all.Select(i => DateTimeOffset.Parse(i.CreationTimestamp!, CultureInfo.InvariantCulture)).Order().ToList();
        var cut = times[times.Count / 2].ToUniversalTime();
        var literal = cut.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

        var older = await ToListAsync(local.Client.Images.ListAsync(Prod, new ListOptions { Filter = $"creationTimestamp < \"{literal}\"" }));
        var newer = await ToListAsync(local.Client.Images.ListAsync(Prod, new ListOptions { Filter = $"creationTimestamp > \"{literal}\"" }));

        Assert.Equal(times.Count(t => t < cut), older.Count);
        Assert.Equal(times.Count(t => t > cut), newer.Count);
        Assert.NotEmpty(older);
        Assert.NotEmpty(newer);
        Assert.All(older, i => Assert.True(DateTimeOffset.Parse(i.CreationTimestamp!, CultureInfo.InvariantCulture) < cut, i.CreationTimestamp));
    }

    [Fact]
    public async Task ImagesList_OrderByCreationTimestampDesc_NewestFirst()
    {
        using var local = LocalCloudClient.ForAutomation(fixture.Server);

        var page = await local.Client.Images.ListPageAsync(Prod, new ListOptions { OrderBy = "creationTimestamp desc", MaxResults = 20 });

        var times = page.Items.Select(i => DateTimeOffset.Parse(i.CreationTimestamp!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(20, times.Count);
        Assert.Equal(times.OrderDescending(), times);
    }

    [Fact]
    public async Task InstancesAggregatedList_AllZones_YieldsEverySeededInstanceWithItsZone()
    {
        using var local = LocalCloudClient.ForAutomation(fixture.Server);

        var all = await ToListAsync(local.Client.Instances.AggregatedListAsync(Prod));

        Assert.Contains(all, x => x.Scope == "zones/europe-west1-b" && x.Instance.Name == "batch-worker");
        Assert.Contains(all, x => x.Scope == "zones/us-central1-a" && x.Instance.Name == "db-primary");
        Assert.All(all, x => Assert.EndsWith("/" + x.Scope, x.Instance.Zone, StringComparison.Ordinal));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source) list.Add(item);
        return list;
    }
}
