using MachineImagesConsole.LocalCloud.Hosting;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace MachineImagesConsole.LocalCloud.Identity;

/// <summary>Registers (or updates) the configured OIDC clients and the automation client in OpenIddict's store.</summary>
public static class ClientRegistration
{
    public static async Task RegisterAsync(IServiceProvider services, LocalCloudOptions options, string automationSecret, CancellationToken cancellationToken)
    {
        var manager = services.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var (clientId, client) in options.Clients)
        {
            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = clientId,
                ClientSecret = string.IsNullOrEmpty(client.ClientSecret) ? null : client.ClientSecret,
                ClientType = string.IsNullOrEmpty(client.ClientSecret) ? ClientTypes.Public : ClientTypes.Confidential,
                ConsentType = ConsentTypes.Implicit,
                DisplayName = string.IsNullOrEmpty(client.DisplayName) ? clientId : client.DisplayName,
                Permissions =
                {
                    Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                    Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                    Permissions.Scopes.Email, Permissions.Scopes.Profile, Permissions.Scopes.Roles,
                    Permissions.Prefixes.Scope + LocalCloudClaims.CloudPlatformScope,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            };
            foreach (var uri in client.RedirectUris) descriptor.RedirectUris.Add(new Uri(uri));
            foreach (var uri in client.PostLogoutRedirectUris) descriptor.PostLogoutRedirectUris.Add(new Uri(uri));
            await UpsertAsync(manager, descriptor, cancellationToken);
        }

        await UpsertAsync(manager, new OpenIddictApplicationDescriptor
        {
            ClientId = options.Automation.ClientId,
            ClientSecret = automationSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Console automation (" + options.Automation.ServiceAccountEmail + ")",
            Permissions =
            {
                Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials,
                Permissions.Prefixes.Scope + LocalCloudClaims.CloudPlatformScope,
            },
        }, cancellationToken);
    }

    private static async Task UpsertAsync(IOpenIddictApplicationManager manager, OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        var existing = await manager.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
        if (existing is null) await manager.CreateAsync(descriptor, cancellationToken);
        else await manager.UpdateAsync(existing, descriptor, cancellationToken);
    }
}
