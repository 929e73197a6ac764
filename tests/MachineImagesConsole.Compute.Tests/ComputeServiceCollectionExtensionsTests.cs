using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Compute.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MachineImagesConsole.Compute.Tests;

public sealed class ComputeServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddComputeClient_FactoryClient_RetriesThroughTheRegisteredPipeline()
    {
        var time = new FakeTimeProvider();
        using var fake = new FakeHttpHandler();
        fake.EnqueueStatus(System.Net.HttpStatusCode.ServiceUnavailable).EnqueueJson("""{"name":"z"}""");
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddComputeClient(o =>
        {
            o.BaseUrl = new Uri("http://127.0.0.1:5081/compute/v1/");
            o.ResourceManagerBaseUrl = new Uri("http://127.0.0.1:5081/");
        }).ConfigurePrimaryHttpMessageHandler(() => fake);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IComputeClientFactory>().Create(new DelegateAccessTokenProvider(_ => ValueTask.FromResult("t")));
        var zone = await Wait.AdvanceUntilDoneAsync(time, client.Zones.GetAsync("p", "z"), TimeSpan.FromMilliseconds(50));

        Assert.Equal("z", zone.Name);
        Assert.Equal(2, fake.Count);
        Assert.Equal("http://127.0.0.1:5081/compute/v1/projects/p/zones/z", fake.Requests[1].Uri.AbsoluteUri);
    }

    [Fact]
    public void AddComputeClient_RetriesOnlyThroughMicrosoftsResilienceHandler()
    {
        // Issue #11 item 8: retries come from Microsoft.Extensions.Http.Resilience (Polly), not a handler of our own.
        // The named client's chain, outermost first: the resilience handler, then (inside it) the attempt counter.
        var services = new ServiceCollection();
        services.AddComputeClient(o =>
        {
            o.BaseUrl = new Uri("http://127.0.0.1:5081/compute/v1/");
            o.ResourceManagerBaseUrl = new Uri("http://127.0.0.1:5081/");
        });
        using var provider = services.BuildServiceProvider();

        var chain = new List<Type>();
        for (var handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(ComputeServiceCollectionExtensions.HttpClientName);
             handler is DelegatingHandler delegating; handler = delegating.InnerHandler)
        {
            chain.Add(delegating.GetType());
        }

        var ours = chain.Where(t => t.Assembly == typeof(ComputeServiceCollectionExtensions).Assembly).Select(t => t.Name).ToList();
        Assert.Single(chain, t => t.FullName == "Microsoft.Extensions.Http.Resilience.ResilienceHandler");
        Assert.Equal(["ComputeAttemptHandler"], ours);
        Assert.True(chain.FindIndex(t => t.Name == "ResilienceHandler") < chain.FindIndex(t => t.Name == "ComputeAttemptHandler"),
            "The attempt counter must sit inside the retry, so that each attempt is counted: " + string.Join(" -> ", chain.Select(t => t.Name)));
    }

    [Fact]
    public void AddComputeClient_InvalidOptions_NamesEveryBadKey()
    {
        var services = new ServiceCollection();
        services.AddComputeClient(o =>
        {
            o.MaxAttempts = 0;
            o.MaxBackoff = TimeSpan.Zero;
        });
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ComputeClientOptions>>().Value);

        Assert.Contains(ex.Failures, f => f.Contains("MaxAttempts", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("MaxBackoff", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateHttpClient_PipelineRetriesGet()
    {
        var time = new FakeTimeProvider();
        using var fake = new FakeHttpHandler();
        fake.EnqueueThrow(new HttpRequestException("refused")).EnqueueJson("""{"name":"r"}""");
        var options = TestClients.Options();
        using var http = ComputeClient.CreateHttpClient(options, fake, time);
        var client = new ComputeClient(http, new DelegateAccessTokenProvider(_ => ValueTask.FromResult("t")), options, time);

        var region = await Wait.AdvanceUntilDoneAsync(time, client.Regions.GetAsync("p", "r"), TimeSpan.FromMilliseconds(50));

        Assert.Equal("r", region.Name);
        Assert.Equal(2, fake.Count);
        Assert.Equal(Timeout.InfiniteTimeSpan, http.Timeout);
    }

    [Fact]
    public void ComputeClientOptions_Defaults_MatchGoogle()
    {
        var options = new ComputeClientOptions();

        Assert.Equal("https://compute.googleapis.com/compute/v1/", options.BaseUrl.AbsoluteUri);
        Assert.Equal("https://cloudresourcemanager.googleapis.com/", options.ResourceManagerBaseUrl.AbsoluteUri);
        Assert.Equal(5, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(200), options.InitialBackoff);
        Assert.Equal(TimeSpan.FromSeconds(10), options.MaxBackoff);
        Assert.Empty(options.GetProblems());
    }
}
