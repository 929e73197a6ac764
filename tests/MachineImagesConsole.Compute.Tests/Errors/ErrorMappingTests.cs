using System.Net;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Compute.Tests.Fakes;

namespace MachineImagesConsole.Compute.Tests.Errors;

public sealed class ErrorMappingTests
{
    public static TheoryData<HttpStatusCode, string, string> Reasons => new()
    {
        { HttpStatusCode.NotFound, ComputeErrorReasons.NotFound, nameof(ComputeApiException.IsNotFound) },
        { HttpStatusCode.Conflict, ComputeErrorReasons.AlreadyExists, nameof(ComputeApiException.IsAlreadyExists) },
        { HttpStatusCode.Forbidden, ComputeErrorReasons.Forbidden, nameof(ComputeApiException.IsForbidden) },
        { HttpStatusCode.Forbidden, ComputeErrorReasons.QuotaExceeded, nameof(ComputeApiException.IsQuotaExceeded) },
        { HttpStatusCode.Forbidden, ComputeErrorReasons.RateLimitExceeded, nameof(ComputeApiException.IsRateLimitExceeded) },
        { HttpStatusCode.BadRequest, ComputeErrorReasons.Invalid, nameof(ComputeApiException.IsInvalid) },
        { HttpStatusCode.BadRequest, ComputeErrorReasons.Required, nameof(ComputeApiException.IsInvalid) },
        { HttpStatusCode.PreconditionFailed, ComputeErrorReasons.ConditionNotMet, nameof(ComputeApiException.IsConditionNotMet) },
        { HttpStatusCode.BadRequest, ComputeErrorReasons.ResourceInUseByAnotherResource, nameof(ComputeApiException.IsResourceInUse) },
    };

    private static readonly string[] Checks =
    [
        nameof(ComputeApiException.IsNotFound), nameof(ComputeApiException.IsAlreadyExists), nameof(ComputeApiException.IsForbidden),
        nameof(ComputeApiException.IsQuotaExceeded), nameof(ComputeApiException.IsRateLimitExceeded), nameof(ComputeApiException.IsInvalid),
        nameof(ComputeApiException.IsConditionNotMet), nameof(ComputeApiException.IsResourceInUse),
    ];

    [Theory]
    [MemberData(nameof(Reasons))]
    public async Task ErrorResponse_Reason_MapsToExactlyItsCheck(HttpStatusCode status, string reason, string expectedCheck)
    {
        var handler = new FakeHttpHandler().Enqueue(_ => FakeHttpHandler.GoogleError(status, reason, "The resource 'x' went wrong"));
        var client = TestClients.Plain(handler);

        var ex = await Assert.ThrowsAsync<ComputeApiException>(() => client.Images.GetAsync("p", "x"));

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal("The resource 'x' went wrong", ex.Message);
        Assert.Equal([reason], ex.Reasons);
        Assert.True(ex.HasReason(reason));
        var item = Assert.Single(ex.Errors);
        Assert.Equal("global", item.Domain);
        var trueChecks = Checks.Where(c => (bool)typeof(ComputeApiException).GetProperty(c)!.GetValue(ex)!).ToList();
        Assert.Equal([expectedCheck], trueChecks);
    }

    [Fact]
    public async Task ErrorResponse_AllItemFields_AreKept()
    {
        var handler = new FakeHttpHandler().EnqueueJson("""
            {"error":{"code":400,"message":"Invalid value for field 'resource.name'","status":"INVALID_ARGUMENT",
             "errors":[{"message":"Invalid value","domain":"global","reason":"invalid","location":"resource.name","locationType":"parameter"},
                       {"message":"second","reason":"required"}],
             "details":[{"@type":"type.googleapis.com/google.rpc.BadRequest"}]}}
            """, HttpStatusCode.BadRequest);
        var client = TestClients.Plain(handler);

        var ex = await Assert.ThrowsAsync<ComputeApiException>(() => client.MachineImages.InsertAsync("p", new MachineImage { Name = "Bad" }));

        Assert.Equal("INVALID_ARGUMENT", ex.Status);
        Assert.Equal(["invalid", "required"], ex.Reasons);
        Assert.Equal(new ComputeErrorItem("invalid", "Invalid value", "global", "resource.name", "parameter"), ex.Errors[0]);
        Assert.True(ex.IsInvalid);
    }

    [Fact]
    public async Task ErrorResponse_NotJson_GivesStatusAndBodyInMessage()
    {
        var handler = new FakeHttpHandler().Enqueue(_ => new HttpResponseMessage(HttpStatusCode.BadGateway)
        {
            ReasonPhrase = "Bad Gateway",
            Content = new StringContent("<html>upstream connect error</html>"),
        });
        var client = TestClients.Plain(handler);

        var ex = await Assert.ThrowsAsync<ComputeApiException>(() => client.Zones.GetAsync("p", "z"));

        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Contains("502", ex.Message, StringComparison.Ordinal);
        Assert.Contains("upstream connect error", ex.Message, StringComparison.Ordinal);
        Assert.Empty(ex.Errors);
        Assert.Empty(ex.Reasons);
    }

    [Fact]
    public async Task ErrorResponse_EmptyBody404_IsStillNotFound()
    {
        var handler = new FakeHttpHandler().EnqueueStatus(HttpStatusCode.NotFound);
        var client = TestClients.Plain(handler);

        var ex = await Assert.ThrowsAsync<ComputeApiException>(() => client.Images.GetAsync("p", "gone"));

        Assert.True(ex.IsNotFound);
        Assert.Contains("404", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorResponse_MalformedJson_DoesNotThrowJsonException()
    {
        var handler = new FakeHttpHandler().EnqueueJson("""{"error": {"code": 500, "mess""", HttpStatusCode.InternalServerError);
        var client = TestClients.Plain(handler);

        var ex = await Assert.ThrowsAsync<ComputeApiException>(() => client.Images.GetAsync("p", "x"));

        Assert.Equal(HttpStatusCode.InternalServerError, ex.StatusCode);
    }

    [Fact]
    public void OperationException_CarriesOperationStatusAndEveryCode()
    {
        var op = new Operation
        {
            Name = "op-9",
            Status = OperationStatus.Done,
            HttpErrorStatusCode = 403,
            HttpErrorMessage = "FORBIDDEN",
            Error = new OperationError
            {
                Errors = [new OperationErrorItem { Code = "QUOTA_EXCEEDED", Message = "Quota 'CPUS' exceeded." }, new OperationErrorItem { Code = "RESOURCE_NOT_FOUND" }],
            },
        };

        var ex = new ComputeOperationException(op);

        Assert.Same(op, ex.Operation);
        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal(["QUOTA_EXCEEDED", "RESOURCE_NOT_FOUND"], ex.Reasons);
        Assert.True(ex.IsQuotaExceeded);
        Assert.True(ex.IsNotFound);
        Assert.Contains("Quota 'CPUS' exceeded.", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ComputeApiException>(ex);
    }

    [Fact]
    public void HasReason_IgnoresCaseAndUnderscores()
    {
        var ex = new ComputeApiException(HttpStatusCode.BadRequest, "m", [new ComputeErrorItem("RESOURCE_IN_USE_BY_ANOTHER_RESOURCE", "m")]);

        Assert.True(ex.HasReason("resourceInUseByAnotherResource"));
        Assert.True(ex.IsResourceInUse);
        Assert.False(ex.HasReason("notFound"));
    }
}
