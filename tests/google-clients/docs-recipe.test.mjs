// The Node recipe in README.md and docs/localcloud.md, run as written: its options object is read from the docs,
// only the port is changed to the running LocalCloud's, and the client must list images and clear a deprecation
// with an empty DeprecationStatus (the library then sends an empty body).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import compute from '@google-cloud/compute';
import { OAuth2Client } from 'google-auth-library';
import { resolveToken } from './localcloud-clients.mjs';

const url = process.env.LOCALCLOUD_URL;
const project = process.env.LOCALCLOUD_PROJECT ?? 'acme-prod';
const root = fileURLToPath(new URL('../../', import.meta.url));
const recipe = /new ImagesClient\((\{[^}]*\})\)/;

for (const doc of ['README.md', 'docs/localcloud.md']) {
  test(`${doc}: the Node recipe connects as written`, { skip: url ? false : 'LOCALCLOUD_URL is not set' }, async () => {
    const match = recipe.exec(readFileSync(root + doc, 'utf8'));
    assert.ok(match, `${doc} has no "new ImagesClient({...})" recipe`);
    const written = match[1];
    assert.match(written, /port: 5081/, 'the recipe names LocalCloud\'s default port');
    const port = new URL(url).port;
    const authClient = new OAuth2Client();
    authClient.setCredentials({ access_token: await resolveToken(), token_type: 'Bearer', expiry_date: Date.now() + 3600_000 });
    // eslint-disable-next-line no-new-func
    const options = new Function('authClient', `return (${written.replace('port: 5081', `port: ${port}`)});`)(authClient);
    const client = new compute.ImagesClient(options);
    try {
      const [images] = await client.list({ project });
      const current = images.find((image) => !image.deprecated);
      assert.ok(current, `a non-deprecated image in ${project}`);
      // Clearing the deprecation of an image that has none changes nothing, so the seeded world stays as it was.
      const [operation] = await client.deprecate({ project, image: current.name, deprecationStatusResource: {} });
      assert.equal((operation.latestResponse ?? operation).status, 'DONE');
    } finally {
      await client.close();
    }
  });
}
