// Proves, without LocalCloud, that @google-cloud/compute honours our endpoint override: requests go to a
// local http server under /compute/v1 with our bearer token, paging follows nextPageToken, operation waits
// loop until DONE, and Google's error JSON becomes a library error with the HTTP status.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { createClients, closeClients, waitForOperation } from './localcloud-clients.mjs';

const TOKEN = 'wiring-test-token';
const requests = [];
let server;
let clients;
let waitsBeforeDone = 0;

const notFound = (res, what) => json(res, 404, {
  error: { code: 404, message: `The resource '${what}' was not found`, errors: [{ message: `The resource '${what}' was not found`, domain: 'global', reason: 'notFound' }] },
});
const json = (res, status, body) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
};

const images = ['img-a', 'img-b', 'img-c'].map((name, i) => ({ kind: 'compute#image', id: String(1000 + i), name, diskSizeGb: '10', status: 'READY' }));

function handle(req, res, body) {
  const url = new URL(req.url, 'http://localhost');
  requests.push({ method: req.method, path: url.pathname, query: url.searchParams, headers: req.headers, body });
  const base = '/compute/v1/projects/acme-prod';
  if (req.method === 'GET' && url.pathname === `${base}/global/images`) {
    const size = Number(url.searchParams.get('maxResults') ?? 500);
    const start = Number(url.searchParams.get('pageToken') ?? 0);
    const page = images.slice(start, start + size);
    const next = start + size < images.length ? String(start + size) : undefined;
    return json(res, 200, { kind: 'compute#imageList', items: page, ...(next ? { nextPageToken: next } : {}) });
  }
  if (req.method === 'GET' && url.pathname.startsWith(`${base}/global/images/`)) {
    return notFound(res, url.pathname.replace('/compute/v1/', ''));
  }
  if (req.method === 'POST' && url.pathname === `${base}/global/images`) {
    const image = JSON.parse(body);
    if (image.name === 'img-a') {
      const message = "The resource 'projects/acme-prod/global/images/img-a' already exists";
      return json(res, 409, { error: { code: 409, message, errors: [{ message, domain: 'global', reason: 'alreadyExists' }] } });
    }
    waitsBeforeDone = 2;
    return json(res, 200, { kind: 'compute#operation', id: '4242', name: 'operation-4242', operationType: 'insert', status: 'RUNNING', targetLink: `http://x${base}/global/images/${image.name}` });
  }
  if (req.method === 'POST' && url.pathname === `${base}/global/operations/operation-4242/wait`) {
    waitsBeforeDone -= 1;
    return json(res, 200, { kind: 'compute#operation', id: '4242', name: 'operation-4242', operationType: 'insert', status: waitsBeforeDone > 0 ? 'RUNNING' : 'DONE', progress: waitsBeforeDone > 0 ? 50 : 100 });
  }
  return json(res, 501, { error: { code: 501, message: `no route for ${req.method} ${url.pathname}`, errors: [] } });
}

before(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => handle(req, res, body));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  clients = createClients(`http://127.0.0.1:${server.address().port}`, TOKEN);
});

after(async () => {
  await closeClients(clients);
  await new Promise((resolve) => server.close(resolve));
});

test('list sends our bearer token to the overridden endpoint under /compute/v1', async () => {
  requests.length = 0;
  const [items] = await clients.images.list({ project: 'acme-prod', filter: 'status = READY', maxResults: 2 });

  assert.deepEqual(items.map((i) => i.name), ['img-a', 'img-b', 'img-c']);
  assert.equal(requests.length, 2, 'auto-pagination follows nextPageToken');
  const [first, second] = requests;
  assert.equal(first.method, 'GET');
  assert.equal(first.path, '/compute/v1/projects/acme-prod/global/images');
  assert.equal(first.headers.authorization, `Bearer ${TOKEN}`);
  assert.match(first.headers['x-goog-api-client'], /gapic\/7\.8\.0/);
  assert.equal(first.query.get('filter'), 'status = READY');
  assert.equal(first.query.get('maxResults'), '2');
  assert.equal(second.query.get('pageToken'), '2');
});

test('listAsync iterates every page', async () => {
  const names = [];
  for await (const image of clients.images.listAsync({ project: 'acme-prod', maxResults: 1 })) {
    names.push(image.name);
  }
  assert.deepEqual(names, ['img-a', 'img-b', 'img-c']);
});

test('insert returns the operation and the global wait loop ends at DONE', async () => {
  requests.length = 0;
  const [started] = await clients.images.insert({ project: 'acme-prod', imageResource: { name: 'img-new', sourceDisk: 'projects/acme-prod/zones/us-central1-a/disks/d' } });

  assert.equal(started.latestResponse.name, 'operation-4242');
  const done = await waitForOperation(clients, 'acme-prod', started);
  assert.equal(done.status, 'DONE');
  assert.equal(requests.filter((r) => r.path.endsWith('/wait')).length, 2);
  const sent = JSON.parse(requests[0].body);
  assert.equal(sent.name, 'img-new');
  assert.equal(sent.sourceDisk, 'projects/acme-prod/zones/us-central1-a/disks/d');
  assert.deepEqual(sent.labels, {}, 'the library always sends an empty labels map; LocalCloud must accept it');
});

test('a 404 error body becomes an error with NOT_FOUND and the HTTP status', async () => {
  await assert.rejects(clients.images.get({ project: 'acme-prod', image: 'missing' }), (err) => {
    assert.equal(err.code, 5); // google.rpc.Code.NOT_FOUND
    assert.equal(err.httpStatusCode, 404);
    assert.match(err.message, /was not found/);
    return true;
  });
});

test('a 409 error body becomes an error with the HTTP status (gax maps 409 to ABORTED)', async () => {
  await assert.rejects(clients.images.insert({ project: 'acme-prod', imageResource: { name: 'img-a', sourceDisk: 'd' } }), (err) => {
    assert.equal(err.code, 10); // google.rpc.Code.ABORTED: google-gax's mapping of HTTP 409
    assert.equal(err.httpStatusCode, 409);
    assert.match(err.message, /already exists/);
    return true;
  });
});
