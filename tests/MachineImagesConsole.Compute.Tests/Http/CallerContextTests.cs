using MachineImagesConsole.Compute.Credentials;
using MachineImagesConsole.Compute.Tests.Fakes;

namespace MachineImagesConsole.Compute.Tests.Http;

/// <summary>
/// The client never resumes on its caller's context. A Blazor circuit calls it from its renderer's context, which runs one
/// thing at a time; a call whose continuations queue there waits behind every render (and a prerender's context may be
/// gone). Here the caller's context never runs what is posted to it, so any await that resumed there would hang.
/// </summary>
public sealed class CallerContextTests
{
    /// <summary>A context that keeps what is posted to it and never runs it (a renderer that stays busy).</summary>
    private sealed class StalledContext : SynchronizationContext
    {
        private int _posts;

        public int Posts => Volatile.Read(ref _posts);

        public override void Post(SendOrPostCallback d, object? state) => Interlocked.Increment(ref _posts);

        public override void Send(SendOrPostCallback d, object? state) => throw new InvalidOperationException("Send on the stalled context.");
    }

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

    // Started with the stalled context current; only the client's own awaits can resume there (this method's do not).
    private static Task<T> UnderStalledContext<T>(StalledContext context, Func<Task<T>> call)
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            return call();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    [Fact]
    public async Task ListAsync_EveryPage_CompletesWithoutTheCallersContext()
    {
        var handler = new FakeHttpHandler()
            .EnqueueJson("""{"items":[{"name":"a"},{"name":"b"}],"nextPageToken":"t1"}""")
            .EnqueueJson("""{"items":[{"name":"c"}]}""");
        var client = Client(handler);
        var context = new StalledContext();

        var names = await UnderStalledContext(context, async () =>
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

        var image = await UnderStalledContext(context, () => client.MachineImages.GetAsync("p", "web-1-nightly")).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("READY", image.Status);
        Assert.Equal(0, context.Posts);
    }
}
