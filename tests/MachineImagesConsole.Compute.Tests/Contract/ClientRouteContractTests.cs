using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.LocalCloud.Endpoints;
using MachineImagesConsole.LocalCloud.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Compute.Tests.Contract;

/// <summary>
/// The client's method table (<see cref="ComputeApiMethods"/>) and LocalCloud's route table (<see cref="ComputeRoutes"/>)
/// agree: every method the client calls is served by LocalCloud with the same discovery id, verb and path template —
/// in the table and in the endpoints a running LocalCloud actually maps.
/// </summary>
public sealed class ClientRouteContractTests(InstantServerFixture fixture) : IClassFixture<InstantServerFixture>
{
    public static TheoryData<string> ClientMethodIds => [.. ComputeApiMethods.All.Select(m => m.Id)];

    public static TheoryData<string> ClientComputeMethodIds => [.. ComputeApiMethods.All.Where(m => m.Service == ComputeApiService.Compute).Select(m => m.Id)];

    [Fact]
    public void ClientMethodTable_HasUniqueIdsAndRoutes()
    {
        Assert.Equal(ComputeApiMethods.All.Count, ComputeApiMethods.All.Select(m => m.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ComputeApiMethods.All.Count, ComputeApiMethods.All.Select(m => m.Verb.Method + " " + m.PathTemplate).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(ClientComputeMethodIds))]
    public void ComputeRoutes_ClientMethod_ServedWithSameVerbAndPathTemplate(string methodId)
    {
        // Resource Manager's projects:search is outside the Compute table; the mapped-endpoint test covers it.
        var method = ComputeApiMethods.All.Single(m => m.Id == methodId);

        var route = Assert.Single(ComputeRoutes.All, r => r.MethodId == methodId);
        Assert.Equal(method.Verb.Method, route.HttpMethod);
        Assert.Equal(method.PathTemplate, route.Path);
    }

    [Theory]
    [MemberData(nameof(ClientMethodIds))]
    public void RunningLocalCloud_ClientMethod_MapsAnEndpointWithSameVerbAndTemplate(string methodId)
    {
        var method = ComputeApiMethods.All.Single(m => m.Id == methodId);
        var expected = method.Service == ComputeApiService.Compute
            ? ComputeEndpointMapping.BasePath + method.PathTemplate
            : "/" + method.PathTemplate;

        var mapped = fixture.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => string.Equals("/" + e.RoutePattern.RawText?.TrimStart('/'), expected, StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            .ToList();

        Assert.True(mapped.Contains(method.Verb.Method, StringComparer.OrdinalIgnoreCase),
            $"{method}: LocalCloud maps '{expected}' for [{string.Join(", ", mapped)}], not {method.Verb.Method}.");
    }

    [Fact]
    public void ComputeRoutes_EveryClientComputeMethod_IsInTheTableExactlyOnce()
    {
        var missing = ComputeApiMethods.All
            .Where(m => m.Service == ComputeApiService.Compute)
            .Where(m => ComputeRoutes.All.Count(r => r.MethodId == m.Id) != 1)
            .Select(m => m.Id)
            .ToList();

        Assert.Empty(missing);
    }
}
