using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Compute.Tests.Fakes;
using MachineImagesConsole.Tests.Shared;

namespace MachineImagesConsole.Compute.Tests.Http;

/// <summary>
/// The client never resumes on its caller's context. A Blazor circuit calls it from its renderer's context, which runs one
/// thing at a time; a call whose continuations queue there waits behind every render (and a prerender's context may be
/// gone). Here the caller's context never runs what is posted to it, so any await that resumed there would hang.
/// </summary>
public sealed class CallerContextTests
{
    /// <summary>Every response completes later, on the thread pool (so each await of the client really suspends).</summary>
    private sealed class LaterHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(5, cancellationToken).ConfigureAwait(false);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }

    private static ComputeClient Client(FakeHttpHandler handler) =>
        new(new HttpClient(new LaterHandler(handler)), new DelegateAccessTokenProvider(async ct =>
        {
            await Task.Delay(1, ct).ConfigureAwait(false);
            return TestClients.Token;
        }), TestClients.Options());

    [Fact]
    public async Task ListAsync_EveryPage_CompletesWithoutTheCallersContext()
    {
        var handler = new FakeHttpHandler()
            .EnqueueJson("""{"items":[{"name":"a"},{"name":"b"}],"nextPageToken":"t1"}""")
            .EnqueueJson("""{"items":[{"name":"c"}]}""");
        var client = Client(handler);
        var context = new StalledContext();

        // Only the client's own awaits can resume on the stalled context (this lambda's do not).
        var names = await context.Run(async () =>
        {
            var read = new List<string?>();
            await foreach (var image in client.MachineImages.ListAsync("p").ConfigureAwait(false)) read.Add(image.Name);
            return read;
        }).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["a", "b", "c"], names);
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task GetAsync_CompletesWithoutTheCallersContext()
    {
        var handler = new FakeHttpHandler().EnqueueJson("""{"name":"web-1-nightly","status":"READY"}""");
        var client = Client(handler);
        var context = new StalledContext();

        var image = await context.Run(() => client.MachineImages.GetAsync("p", "web-1-nightly")).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("READY", image.Status);
        Assert.Equal(0, context.Posts);
    }
}
