using MachineImagesConsole.Compute.Links;

namespace MachineImagesConsole.Compute.Tests.Links;

public sealed class ResourceLinksTests
{
    [Fact]
    public void Build_EachScope_WritesPartialLink()
    {
        Assert.Equal("projects/p/global/machineImages/nightly", ResourceLinks.MachineImage("p", "nightly"));
        Assert.Equal("projects/p/global/images/debian", ResourceLinks.Image("p", "debian"));
        Assert.Equal("projects/p/global/images/family/debian-12", ResourceLinks.ImageFamily("p", "debian-12"));
        Assert.Equal("projects/p/global/snapshots/s", ResourceLinks.Snapshot("p", "s"));
        Assert.Equal("projects/p/global/networks/default", ResourceLinks.Network("p", "default"));
        Assert.Equal("projects/p/global/instanceTemplates/t", ResourceLinks.InstanceTemplate("p", "t"));
        Assert.Equal("projects/p/zones/us-central1-a/instances/web-1", ResourceLinks.Instance("p", "us-central1-a", "web-1"));
        Assert.Equal("projects/p/zones/us-central1-a/disks/d", ResourceLinks.Disk("p", "us-central1-a", "d"));
        Assert.Equal("projects/p/zones/us-central1-a/machineTypes/e2-small", ResourceLinks.MachineType("p", "us-central1-a", "e2-small"));
        Assert.Equal("projects/p/regions/us-central1/subnetworks/default", ResourceLinks.Subnetwork("p", "us-central1", "default"));
        Assert.Equal("projects/p/global/operations/op-1", ResourceLinks.Operation("p", "global", "op-1"));
        Assert.Equal("projects/p/zones/z/operations/op-1", ResourceLinks.Operation("p", ResourceLinks.ZoneScope("z"), "op-1"));
        Assert.Equal("projects/p/regions/r/operations/op-1", ResourceLinks.Operation("p", ResourceLinks.RegionScope("r"), "op-1"));
        Assert.Equal("projects/p/global/machineImages", ResourceLinks.Collection("p", "global", ResourceLinks.MachineImages));
        Assert.Equal("projects/p/zones/z", ResourceLinks.ScopePath("p", "zones/z"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Build_MissingPart_Throws(string? name)
        => Assert.ThrowsAny<ArgumentException>(() => ResourceLinks.MachineImage("p", name!));

    [Fact]
    public void Build_OddCharacters_AreEscaped()
        => Assert.Equal("projects/p%2Fx/global/images/a%20b", ResourceLinks.Image("p/x", "a b"));

    [Fact]
    public void ToUrl_PartialLink_IsAbsoluteOnCompute()
    {
        Assert.Equal("https://compute.googleapis.com/compute/v1/projects/p/global/images/i", ResourceLinks.ToUrl("projects/p/global/images/i"));
        Assert.Equal("https://www.googleapis.com/compute/v1/projects/p/global/images/i", ResourceLinks.ToUrl("projects/p/global/images/i", ResourceLinks.SelfLinkBaseUrl));
        Assert.Equal("https://compute.googleapis.com/compute/v1/projects/p/global/images/i", new ResourceLink("p", "global", "images", "i").Url);
        Assert.Equal("https://x/compute/v1/projects/p", ResourceLinks.ToUrl("https://x/compute/v1/projects/p"));
    }

    [Theory]
    [InlineData("https://www.googleapis.com/compute/v1/projects/p/zones/z/instances/i", "projects/p/zones/z/instances/i")]
    [InlineData("http://127.0.0.1:5111/compute/v1/projects/p/global/images/i", "projects/p/global/images/i")]
    [InlineData("projects/p/global/images/i", "projects/p/global/images/i")]
    [InlineData("not-a-link", "not-a-link")]
    public void ToPartial_AnyHost_CutsToProjects(string url, string expected)
        => Assert.Equal(expected, ResourceLinks.ToPartial(url));

    [Theory]
    [InlineData("https://www.googleapis.com/compute/v1/projects/p/global/machineImages/nightly", "p", "global", "machineImages", "nightly", null)]
    [InlineData("projects/p/global/machineImages/nightly", "p", "global", "machineImages", "nightly", null)]
    [InlineData("/compute/v1/projects/p/zones/us-central1-a/instances/web-1", "p", "zones/us-central1-a", "instances", "web-1", "us-central1-a")]
    [InlineData("https://compute.googleapis.com/compute/v1/projects/p/regions/us-central1/subnetworks/s", "p", "regions/us-central1", "subnetworks", "s", "us-central1")]
    [InlineData("projects/p/global/images/family/debian-12", "p", "global", "images", "family/debian-12", null)]
    [InlineData("https://compute.googleapis.com/compute/v1/projects/p/zones/us-central1-a", "p", "", "zones", "us-central1-a", null)]
    public void Parse_LinkOrUrl_ReadsEveryPart(string link, string project, string scope, string collection, string name, string? location)
    {
        var parsed = ResourceLinks.Parse(link);
        Assert.NotNull(parsed);
        Assert.Equal(new ResourceLink(project, scope, collection, name), parsed);
        Assert.Equal(location, parsed.Location);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("web-1")]
    [InlineData("projects/p")]
    [InlineData("projects/p/global/images")]
    [InlineData("projects/p/zones/z/instances")]
    [InlineData("projects/p/zones/z/instances/i/extra")]
    [InlineData("global/images/i")]
    public void Parse_NotOneResource_IsNull(string? link)
    {
        Assert.Null(ResourceLinks.Parse(link));
        Assert.False(ResourceLinks.TryParse(link, out _));
    }

    [Fact]
    public void Parse_RelativeWithDefaultProject_UsesIt()
    {
        Assert.Equal(new ResourceLink("home", "global", "images", "i"), ResourceLinks.Parse("global/images/i", "home"));
        Assert.Equal(new ResourceLink("other", "global", "images", "i"), ResourceLinks.Parse("projects/other/global/images/i", "home"));
        Assert.Null(ResourceLinks.Parse("https://x/global/images/i", "home"));
    }

    [Fact]
    public void ParseThenBuild_RoundTrips()
    {
        foreach (var link in new[] { ResourceLinks.Instance("p", "z", "i"), ResourceLinks.Subnetwork("p", "r", "s"), ResourceLinks.ImageFamily("p", "f"), ResourceLinks.Image("p", "a b") })
        {
            Assert.Equal(link, ResourceLinks.Parse(link)!.Path);
            Assert.Equal(link, ResourceLinks.Parse(ResourceLinks.ToUrl(link))!.Path);
        }
    }

    [Theory]
    [InlineData("https://www.googleapis.com/compute/v1/projects/p/zones/us-central1-a", null, "zones/us-central1-a")]
    [InlineData(null, "https://www.googleapis.com/compute/v1/projects/p/regions/us-central1", "regions/us-central1")]
    [InlineData("us-east1-b", null, "zones/us-east1-b")]
    [InlineData(null, null, "global")]
    [InlineData("", "", "global")]
    public void ScopeOf_ZoneOrRegionField_IsScope(string? zone, string? region, string expected)
        => Assert.Equal(expected, ResourceLinks.ScopeOf(zone, region));

    [Theory]
    [InlineData("global", true)]
    [InlineData("zones/us-central1-a", true)]
    [InlineData("regions/us-central1", true)]
    [InlineData("zones/", false)]
    [InlineData("zones/Bad_Zone", false)]
    [InlineData("aggregated", false)]
    [InlineData(null, false)]
    public void IsValidScope_ChecksKindAndName(string? scope, bool valid)
        => Assert.Equal(valid, ResourceLinks.IsValidScope(scope));

    [Fact]
    public void Segments_FromLinks()
    {
        Assert.Equal("web-1", ResourceLinks.LastSegment("https://x/projects/p/zones/z/instances/web-1/"));
        Assert.Null(ResourceLinks.LastSegment(""));
        Assert.Equal(string.Empty, ResourceLinks.ShortName(null));
        Assert.Equal("z", ResourceLinks.SegmentAfter("https://x/compute/v1/projects/p/zones/z/instances/i", "zones"));
        Assert.Equal("p", ResourceLinks.ProjectOf("projects/p/global/images/i"));
        Assert.Null(ResourceLinks.SegmentAfter("projects/p/global/images/i", "zones"));
    }
}
