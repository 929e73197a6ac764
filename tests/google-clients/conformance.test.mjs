// Conformance: Google's own Compute client library (@google-cloud/compute, REST transport) against a running
// LocalCloud, configured with nothing but an endpoint override and a bearer token.
//
//   LOCALCLOUD_URL      origin of LocalCloud, e.g. http://localhost:5081 (required; the suite is skipped without it)
//   LOCALCLOUD_TOKEN    bearer access token from LocalCloud's issuer, or instead:
//   LOCALCLOUD_CLIENT_SECRET (+ LOCALCLOUD_CLIENT_ID, default console-automation): fetch one by client credentials
//   LOCALCLOUD_PROJECT  default acme-prod;  LOCALCLOUD_ZONE  default us-central1-a
//
// The suite creates a machine image, an image and an instance (names prefixed "conf-") and deletes them at the end.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createClients, closeClients, waitForOperation, resolveToken } from './localcloud-clients.mjs';

const url = process.env.LOCALCLOUD_URL;
const project = process.env.LOCALCLOUD_PROJECT ?? 'acme-prod';
const zone = process.env.LOCALCLOUD_ZONE ?? 'us-central1-a';
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
const names = { machineImage: `conf-mi-${run}`, image: `conf-img-${run}`, instance: `conf-vm-${run}` };
const lastSegment = (link) => String(link ?? '').split('/').pop();

describe('Google Compute client library against LocalCloud', { skip: url ? false : 'LOCALCLOUD_URL is not set' }, () => {
  let token;
  let clients;
  const created = { machineImage: false, image: false, instance: false };
  let sourceInstance;
  let sourceDisk;

  // Reads the raw Google error body, which the library reduces to code/httpStatusCode/message.
  const rawError = async (method, path, body) => {
    const response = await fetch(new URL(`/compute/v1/projects/${project}/${path}`, url), {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: await response.json() };
  };

  before(async () => {
    token = await resolveToken();
    assert.ok(token, 'set LOCALCLOUD_TOKEN, or LOCALCLOUD_CLIENT_SECRET to fetch one');
    // Fail fast: the library retries unreachable endpoints (UNAVAILABLE) for minutes.
    const probe = await fetch(new URL(`/compute/v1/projects/${project}/zones/${zone}`, url), {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(10_000),
    }).catch((err) => assert.fail(`LocalCloud is not reachable at ${url}: ${err.cause?.code ?? err.message}`));
    assert.equal(probe.status, 200, `GET zones/${zone} in ${project} with the token: ${probe.status} ${await probe.text()}`);
    clients = createClients(url, token);
  });

  after(async () => {
    if (!clients) {
      return;
    }
    const cleanups = [];
    if (created.instance) {
      cleanups.push(clients.instances.delete({ project, zone, instance: names.instance }).then(([op]) => waitForOperation(clients, project, op)));
    }
    if (created.image) {
      cleanups.push(clients.images.delete({ project, image: names.image }).then(([op]) => waitForOperation(clients, project, op)));
    }
    await Promise.allSettled(cleanups);
    if (created.machineImage) {
      // After the instance made from it is gone.
      await clients.machineImages.delete({ project, machineImage: names.machineImage }).then(([op]) => waitForOperation(clients, project, op)).catch(() => {});
    }
    await closeClients(clients);
  });

  test('lists images and machine images, page by page and all at once', async () => {
    for (const [client, what] of [[clients.images, 'images'], [clients.machineImages, 'machine images']]) {
      const [all] = await client.list({ project });
      const paged = [];
      for await (const item of client.listAsync({ project, maxResults: 1 })) {
        paged.push(item.name);
      }
      assert.deepEqual(paged.sort(), all.map((i) => i.name).sort(), `${what}: paging with maxResults=1 yields the same set`);

      const [firstPage, nextRequest] = await client.list({ project, maxResults: 1 }, { autoPaginate: false });
      assert.ok(firstPage.length <= 1, `${what}: maxResults=1 returns at most one item`);
      if (all.length > 1) {
        assert.ok(nextRequest?.pageToken, `${what}: a nextPageToken when more items remain`);
      }
    }

    const [publicImages] = await clients.images.list({ project: 'debian-cloud' });
    assert.ok(publicImages.length > 0, 'public image project debian-cloud has images');
    assert.match(publicImages[0].id, /^\d+$/, 'uint64 id arrives as a decimal string');
  });

  test('filters a list with the Compute filter syntax', async () => {
    const [all] = await clients.images.list({ project: 'debian-cloud' });
    const first = all[0];
    const [byName] = await clients.images.list({ project: 'debian-cloud', filter: `name = "${first.name}"` });
    assert.deepEqual(byName.map((i) => i.name), [first.name]);
    const [byRegex] = await clients.images.list({ project: 'debian-cloud', filter: `name eq ${first.name}` });
    assert.deepEqual(byRegex.map((i) => i.name), [first.name]);
  });

  test('inserts a machine image from a seeded instance and waits for the operation', async () => {
    const [instances] = await clients.instances.list({ project, zone });
    assert.ok(instances.length > 0, `seeded instances in ${project}/${zone}`);

    // Google allows one machine image per source VM every 10 minutes; try the seeded VMs in turn.
    let started;
    const refusals = [];
    for (const candidate of instances) {
      try {
        [started] = await clients.machineImages.insert({
          project,
          sourceInstance: candidate.selfLink,
          machineImageResource: { name: names.machineImage, description: 'created by the Google client conformance suite' },
        });
        sourceInstance = candidate;
        break;
      } catch (err) {
        if (err.httpStatusCode !== 429 && err.httpStatusCode !== 403) {
          throw err;
        }
        refusals.push(`${candidate.name}: ${err.message}`);
      }
    }
    assert.ok(started, `every seeded instance refused a machine image: ${refusals.join('; ')}`);
    created.machineImage = true;

    const done = await waitForOperation(clients, project, started);
    assert.equal(done.operationType, 'insert');
    assert.equal(lastSegment(done.targetLink), names.machineImage);

    const [machineImage] = await clients.machineImages.get({ project, machineImage: names.machineImage });
    assert.equal(machineImage.name, names.machineImage);
    assert.equal(machineImage.status, 'READY');
    assert.equal(lastSegment(machineImage.sourceInstance), sourceInstance.name);
  });

  test('inserts an image from a seeded disk and waits for the operation', async () => {
    const [disks] = await clients.disks.list({ project, zone });
    assert.ok(disks.length > 0, `seeded disks in ${project}/${zone}`);
    sourceDisk = disks.find((d) => (d.users?.length ?? 0) === 0) ?? disks[0];

    const [started] = await clients.images.insert({
      project,
      forceCreate: (sourceDisk.users?.length ?? 0) > 0,
      imageResource: { name: names.image, sourceDisk: sourceDisk.selfLink, family: 'conformance', labels: { suite: 'conformance' } },
    });
    created.image = true;
    const done = await waitForOperation(clients, project, started);
    assert.equal(lastSegment(done.targetLink), names.image);

    const [image] = await clients.images.get({ project, image: names.image });
    assert.equal(image.status, 'READY');
    assert.equal(lastSegment(image.sourceDisk), sourceDisk.name);
    assert.equal(image.family, 'conformance');
    assert.deepEqual(image.labels, { suite: 'conformance' });
  });

  test('creates an instance from the machine image with machineType and labels overridden', async () => {
    assert.ok(created.machineImage, 'needs the machine image from the earlier test');
    const [machineTypes] = await clients.machineTypes.list({ project, zone });
    const override = machineTypes.find((t) => t.name !== lastSegment(sourceInstance.machineType));
    assert.ok(override, `a machine type in ${zone} other than ${lastSegment(sourceInstance.machineType)}`);

    const [started] = await clients.instances.insert({
      project,
      zone,
      sourceMachineImage: `projects/${project}/global/machineImages/${names.machineImage}`,
      instanceResource: {
        name: names.instance,
        machineType: `zones/${zone}/machineTypes/${override.name}`,
        labels: { suite: 'conformance', run },
      },
    });
    created.instance = true;
    const done = await waitForOperation(clients, project, started);
    assert.equal(lastSegment(done.zone), zone, 'instance operations are zonal');

    const [instance] = await clients.instances.get({ project, zone, instance: names.instance });
    assert.equal(lastSegment(instance.machineType), override.name);
    assert.deepEqual(instance.labels, { suite: 'conformance', run });
    assert.equal(lastSegment(instance.sourceMachineImage), names.machineImage);
    assert.ok((instance.disks?.length ?? 0) > 0, 'disks come from the machine image');
  });

  test('a missing image is a 404 notFound', async () => {
    await assert.rejects(clients.images.get({ project, image: `conf-missing-${run}` }), (err) => {
      assert.equal(err.code, 5); // NOT_FOUND
      assert.equal(err.httpStatusCode, 404);
      assert.match(err.message, /not found/i);
      return true;
    });
    const raw = await rawError('GET', `global/images/conf-missing-${run}`);
    assert.equal(raw.status, 404);
    assert.equal(raw.body.error.code, 404);
    assert.equal(raw.body.error.errors[0].reason, 'notFound');
  });

  test('inserting a duplicate name is a 409 alreadyExists', async () => {
    assert.ok(created.image, 'needs the image from the earlier test');
    const duplicate = { name: names.image, sourceDisk: sourceDisk.selfLink };
    await assert.rejects(clients.images.insert({ project, forceCreate: true, imageResource: duplicate }), (err) => {
      assert.equal(err.httpStatusCode, 409);
      assert.equal(err.code, 10); // google-gax maps HTTP 409 to ABORTED
      assert.match(err.message, /already exists/i);
      return true;
    });
    const raw = await rawError('POST', 'global/images?forceCreate=true', duplicate);
    assert.equal(raw.status, 409);
    assert.equal(raw.body.error.errors[0].reason, 'alreadyExists');
  });
});
