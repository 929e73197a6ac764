// The raw baseline of the bench (issue #12): a warm Node process that fetches every page of a Compute list from
// LocalCloud (500 a call, newest first, as the console asks) and parses each with JSON.parse, timed inside Node.
// One request a line on stdin: {"base","token","project","collection"}; one answer a line on stdout: {"items","ms"}
// or {"error"}.
import readline from 'node:readline';

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  try {
    const request = JSON.parse(line);
    const started = performance.now();
    let items = 0;
    let pageToken;
    do {
      const url = new URL(`compute/v1/projects/${request.project}/global/${request.collection}`, request.base);
      url.searchParams.set('maxResults', '500');
      url.searchParams.set('orderBy', 'creationTimestamp desc');
      if (pageToken) url.searchParams.set('pageToken', pageToken);
      const response = await fetch(url, { headers: { authorization: `Bearer ${request.token}` } });
      const text = await response.text();
      if (!response.ok) throw new Error(`${response.status} ${text.slice(0, 200)}`);
      const page = JSON.parse(text);
      items += page.items?.length ?? 0;
      pageToken = page.nextPageToken;
    } while (pageToken);
    process.stdout.write(JSON.stringify({ items, ms: performance.now() - started }) + '\n');
  } catch (e) {
    process.stdout.write(JSON.stringify({ error: String(e?.message ?? e) }) + '\n');
  }
}
