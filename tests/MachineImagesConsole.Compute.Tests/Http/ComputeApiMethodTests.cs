using MachineImagesConsole.Compute.Http;

namespace MachineImagesConsole.Compute.Tests.Http;

public sealed class ComputeApiMethodTests
{
    private static readonly Uri Base = new("https://compute.googleapis.com/compute/v1/");

    [Fact]
    public void BuildUri_FillsTemplate_RelativeToBaseUrl()
    {
        var uri = ComputeApiMethods.MachineImagesGet.BuildUri(Base, ["acme-prod", "mi-1"]);

        Assert.Equal("https://compute.googleapis.com/compute/v1/projects/acme-prod/global/machineImages/mi-1", uri.AbsoluteUri);
    }

    [Fact]
    public void BuildUri_BaseWithoutTrailingSlash_KeepsBasePath()
    {
        var uri = ComputeApiMethods.ZonesList.BuildUri(new Uri("http://localhost:5081/compute/v1"), ["p"]);

        Assert.Equal("http://localhost:5081/compute/v1/projects/p/zones", uri.AbsoluteUri);
    }

    [Fact]
    public void BuildUri_PathValues_AreEscapedAsOneSegment()
    {
        var uri = ComputeApiMethods.ImagesGet.BuildUri(Base, ["p", "a/b?c#d e"]);

        Assert.Equal("/compute/v1/projects/p/global/images/a%2Fb%3Fc%23d%20e", uri.AbsolutePath);
        Assert.Empty(uri.Query);
    }

    [Fact]
    public void BuildUri_Query_EscapesValuesAndSkipsNulls()
    {
        var uri = ComputeApiMethods.ImagesList.BuildUri(Base, ["p"], [new("filter", "labels.env = prod & x"), new("orderBy", null), new("maxResults", "10")]);

        Assert.Equal("?filter=labels.env%20%3D%20prod%20%26%20x&maxResults=10", uri.Query);
    }

    [Fact]
    public void BuildUri_UndeclaredQueryParameter_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ComputeApiMethods.ImagesGet.BuildUri(Base, ["p", "i"], [new("requestId", "x")]));

        Assert.Contains("requestId", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildUri_WrongPathValueCountOrEmpty_Throws()
    {
        Assert.Throws<ArgumentException>(() => ComputeApiMethods.ImagesGet.BuildUri(Base, ["p"]));
        Assert.Throws<ArgumentException>(() => ComputeApiMethods.ImagesGet.BuildUri(Base, ["p", ""]));
    }

    [Fact]
    public void ResourceManagerSearch_BuildsAtOriginRoot()
    {
        var uri = ComputeApiMethods.ResourceManagerProjectsSearch.BuildUri(new Uri("http://127.0.0.1:5081"), [], [new("query", "state:ACTIVE")]);

        Assert.Equal("http://127.0.0.1:5081/v3/projects:search?query=state%3AACTIVE", uri.AbsoluteUri);
    }

    [Fact]
    public void Table_MethodIds_AreUnique()
    {
        var duplicates = ComputeApiMethods.All.GroupBy(m => m.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Table_AcceptsRequestId_MatchesMutatingCalls()
    {
        Assert.True(ComputeApiMethods.MachineImagesInsert.AcceptsRequestId);
        Assert.True(ComputeApiMethods.InstancesStop.AcceptsRequestId);
        Assert.False(ComputeApiMethods.ImagesSetLabels.AcceptsRequestId);
        Assert.False(ComputeApiMethods.GlobalOperationsWait.AcceptsRequestId);
    }
}
