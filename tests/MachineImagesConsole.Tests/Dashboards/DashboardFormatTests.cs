using System.Net;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Model.Dashboards;

namespace MachineImagesConsole.Tests.Dashboards;

public sealed class DashboardFormatTests
{
    [Theory]
    [InlineData(null, "—")]
    [InlineData(0L, "0 B")]
    [InlineData(1536L, "1.5 KiB")]
    [InlineData(10L * 1024 * 1024 * 1024, "10 GiB")]
    [InlineData(3L * 1024 * 1024 * 1024 * 1024, "3 TiB")]
    public void Bytes_Values_AreHumanized(long? bytes, string expected) => Assert.Equal(expected, DashboardFormat.Bytes(bytes));

    [Theory]
    [InlineData(-30, "just now")]
    [InlineData(-90 * 60, "1 hour ago")]
    [InlineData(-3 * 86400, "3 days ago")]
    [InlineData(2 * 3600, "in 2 hours")]
    [InlineData(-400 * 86400, "1 year ago")]
    public void Relative_Offsets_ReadNaturally(int seconds, string expected)
    {
        var now = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(expected, DashboardFormat.Relative(now.AddSeconds(seconds), now));
    }

    [Fact]
    public void Timestamp_ComputeFormat_KeepsOffset()
        => Assert.Equal(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero), DashboardFormat.Timestamp("2025-03-01T04:00:00.000-08:00"));

    [Fact]
    public void ShortNameAndSegment_ResourceUrl_AreExtracted()
    {
        const string url = "https://www.googleapis.com/compute/v1/projects/p/zones/us-east1-b/instances/web-1";
        Assert.Equal("web-1", DashboardFormat.ShortName(url));
        Assert.Equal("us-east1-b", DashboardFormat.SegmentAfter(url, "zones"));
        Assert.Null(DashboardFormat.SegmentAfter(url, "regions"));
    }

    [Fact]
    public void DashboardError_Forbidden_NamesPermission()
    {
        var error = DashboardError.From(new ComputeApiException(HttpStatusCode.Forbidden,
            "Required 'compute.images.list' permission for 'projects/acme-prod'", [new ComputeErrorItem("forbidden", "x")]));

        Assert.Equal("compute.images.list", error.MissingPermission);
        Assert.Equal("forbidden", error.Reason);
        Assert.Contains("compute.images.list", error.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void DashboardError_ServerError_AdvisesRetry()
    {
        var error = DashboardError.From(new ComputeApiException(HttpStatusCode.ServiceUnavailable, "backend down", [new ComputeErrorItem("backendError", "x")]));

        Assert.Null(error.MissingPermission);
        Assert.Equal(503, error.StatusCode);
        Assert.Contains("Try again", error.Advice, StringComparison.Ordinal);
    }
}
