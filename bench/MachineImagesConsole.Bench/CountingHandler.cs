namespace MachineImagesConsole.Bench;

/// <summary>Counts the Compute list calls (GETs on a collection) that go over the wire.</summary>
internal sealed class CountingHandler() : DelegatingHandler(new HttpClientHandler())
{
    private int _listCalls;

    public int ListCalls => Volatile.Read(ref _listCalls);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (request.Method == HttpMethod.Get && (path.EndsWith("/machineImages", StringComparison.Ordinal) || path.EndsWith("/images", StringComparison.Ordinal)))
            Interlocked.Increment(ref _listCalls);
        return base.SendAsync(request, cancellationToken);
    }
}
