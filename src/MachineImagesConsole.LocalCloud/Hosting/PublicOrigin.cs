using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.LocalCloud.Hosting;

/// <summary>
/// The origin LocalCloud puts in <c>selfLink</c>s and uses as token issuer: <c>LocalCloud:PublicOrigin</c>, or the
/// first address the server bound (so <c>http://127.0.0.1:0</c> in tests resolves to the real port).
/// </summary>
public sealed class PublicOrigin(IOptions<LocalCloudOptions> options, IServer server)
{
    private string? _resolved;

    public string Value => _resolved ?? Resolve();

    private string Resolve()
    {
        if (!string.IsNullOrEmpty(options.Value.PublicOrigin)) return _resolved = options.Value.PublicOrigin.TrimEnd('/');
        var bound = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        var address = bound ?? options.Value.Urls.Split(';')[0];
        var uri = new UriBuilder(address.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::") uri.Host = "localhost";
        var origin = $"{uri.Scheme}://{uri.Host}:{uri.Port}";
        if (bound is not null && uri.Port != 0) _resolved = origin;
        return origin;
    }

    /// <summary>Replaces stored origin-free links with this origin.</summary>
    public string Rewrite(string json) => json.Replace(Store.StoredLinks.Prefix, Value + "/compute/v1/", StringComparison.Ordinal);
}
