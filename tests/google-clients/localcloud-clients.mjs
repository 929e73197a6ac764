// Builds @google-cloud/compute clients that talk to LocalCloud (or any Compute-compatible endpoint)
// with nothing but an endpoint override and a bearer token: the same library code path as production.
import compute from '@google-cloud/compute';
import { OAuth2Client } from 'google-auth-library';

/** Client options for an http(s) base URL such as http://localhost:5081 and a ready bearer token. */
export function clientOptions(baseUrl, token) {
  const url = new URL(baseUrl);
  if (url.pathname !== '/' || url.search) {
    throw new Error(`LOCALCLOUD_URL must be an origin such as http://localhost:5081 (got ${baseUrl}); Compute lives under /compute/v1 at its root.`);
  }
  const protocol = url.protocol.replace(':', '');
  // An OAuth2Client with a fixed access token: it adds "Authorization: Bearer <token>" and never refreshes.
  const authClient = new OAuth2Client();
  authClient.setCredentials({ access_token: token, token_type: 'Bearer', expiry_date: Date.now() + 24 * 3600 * 1000 });
  return {
    apiEndpoint: url.hostname,
    port: Number(url.port || (protocol === 'https' ? 443 : 80)),
    protocol, // read by google-gax's REST transport when it builds request URLs
    fallback: true, // REST transport (the Compute library's default, stated for clarity)
    authClient,
  };
}

export function createClients(baseUrl, token) {
  const options = () => clientOptions(baseUrl, token);
  return {
    machineImages: new compute.MachineImagesClient(options()),
    images: new compute.ImagesClient(options()),
    instances: new compute.InstancesClient(options()),
    disks: new compute.DisksClient(options()),
    machineTypes: new compute.MachineTypesClient(options()),
    globalOperations: new compute.GlobalOperationsClient(options()),
    zoneOperations: new compute.ZoneOperationsClient(options()),
  };
}

export async function closeClients(clients) {
  await Promise.all(Object.values(clients).map((client) => client.close()));
}

const lastSegment = (link) => String(link).split('/').pop();

/**
 * Waits for a Compute operation the way Google's samples do: call the scope's operations `wait` until the
 * operation is DONE (wait may return early), then fail if the operation carries an error.
 * `started` is what insert() resolved to: [{ latestResponse: Operation, ... }] or the Operation itself.
 */
export async function waitForOperation(clients, project, started, { timeoutMs = 120_000 } = {}) {
  let operation = started?.latestResponse ?? started;
  const deadline = Date.now() + timeoutMs;
  while (operation.status !== 'DONE') {
    if (Date.now() > deadline) {
      throw new Error(`operation ${operation.name} not DONE after ${timeoutMs} ms (status ${operation.status})`);
    }
    if (operation.zone) {
      [operation] = await clients.zoneOperations.wait({ project, zone: lastSegment(operation.zone), operation: operation.name });
    } else if (operation.region) {
      throw new Error(`unexpected regional operation ${operation.name}`);
    } else {
      [operation] = await clients.globalOperations.wait({ project, operation: operation.name });
    }
  }
  if (operation.error && (operation.error.errors?.length ?? 0) > 0) {
    throw new Error(`operation ${operation.name} failed: ${JSON.stringify(operation.error)}`);
  }
  return operation;
}

/**
 * Resolves the bearer token: LOCALCLOUD_TOKEN as given, or (when LOCALCLOUD_CLIENT_SECRET is set) a
 * client-credentials token for LOCALCLOUD_CLIENT_ID (default console-automation) from the issuer's
 * discovery document at LOCALCLOUD_URL.
 */
export async function resolveToken(env = process.env) {
  if (env.LOCALCLOUD_TOKEN) {
    return env.LOCALCLOUD_TOKEN;
  }
  if (!env.LOCALCLOUD_CLIENT_SECRET) {
    return undefined;
  }
  const discovery = await (await fetch(new URL('/.well-known/openid-configuration', env.LOCALCLOUD_URL))).json();
  const response = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: env.LOCALCLOUD_CLIENT_ID ?? 'console-automation',
      client_secret: env.LOCALCLOUD_CLIENT_SECRET,
      scope: 'https://www.googleapis.com/auth/cloud-platform',
    }),
  });
  if (!response.ok) {
    throw new Error(`token request to ${discovery.token_endpoint} failed: ${response.status} ${await response.text()}`);
  }
  return (await response.json()).access_token;
}
