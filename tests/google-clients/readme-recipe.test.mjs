// The README's Node recipe, run exactly as written: the ```js block after the "node-recipe" marker in ../../README.md is
// saved beside this file (so it resolves this folder's node_modules) and run with node, with TOKEN and PORT set as the
// README says to. It must print the names of acme-prod's images, the same as LocalCloud's REST API lists.
//
//   LOCALCLOUD_URL  origin of LocalCloud, e.g. http://localhost:5081 (required; skipped without it)
//   LOCALCLOUD_TOKEN or LOCALCLOUD_CLIENT_SECRET: as for conformance.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, writeFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import path from 'node:path';
import { resolveToken } from './localcloud-clients.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const url = process.env.LOCALCLOUD_URL;

/** The recipe: the first ```js fenced block after the marker comment. */
export function recipeOf(readme) {
  const marker = readme.indexOf('<!-- node-recipe');
  assert.ok(marker >= 0, 'README.md has no <!-- node-recipe --> marker');
  const match = /```js\n([\s\S]*?)\n```/.exec(readme.slice(marker));
  assert.ok(match, 'no ```js block after the node-recipe marker');
  return match[1] + '\n';
}

test('the README recipe lists acme-prod\'s images', { skip: url ? false : 'LOCALCLOUD_URL is not set' }, async () => {
  const origin = new URL(url);
  const token = await resolveToken();
  assert.ok(token, 'set LOCALCLOUD_TOKEN, or LOCALCLOUD_CLIENT_SECRET to fetch one');

  const recipe = recipeOf(await readFile(path.join(here, '..', '..', 'README.md'), 'utf8'));
  const file = path.join(here, `.readme-recipe-${process.pid}.mjs`);
  await writeFile(file, recipe);
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [file], {
      env: { ...process.env, TOKEN: token, PORT: origin.port },
      timeout: 60_000,
    });
    const printed = stdout.split('\n').filter(Boolean);

    const response = await fetch(new URL('/compute/v1/projects/acme-prod/global/images?maxResults=500', url), { headers: { authorization: `Bearer ${token}` } });
    assert.equal(response.status, 200);
    const listed = ((await response.json()).items ?? []).map((image) => image.name);
    assert.ok(listed.length > 0, 'LocalCloud seeds images in acme-prod');
    assert.deepEqual([...printed].sort(), [...listed].sort());
  } finally {
    await rm(file, { force: true });
  }
});
