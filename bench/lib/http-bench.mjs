// Load generation (autocannon, in the parent) and response capture for the feed endpoints.
import http from 'node:http';
import autocannon from 'autocannon';

/** Headers Node writes itself on every response; the bare server must not copy them. */
const NODE_OWNED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** One raw request: status, header pairs in wire order, body bytes. */
export function fetchRaw(port, path, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const pairs = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2)
          pairs.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
        resolve({ status: res.statusCode, pairs, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** Headers to replay: everything but what Node adds on its own, in the captured order. */
function replayable(pairs) {
  return Object.fromEntries(pairs.filter(([k]) => !NODE_OWNED.has(k.toLowerCase())));
}

/** Capture the 200 and the If-None-Match 304 of each path from our server. */
export async function captureRoutes(port, paths) {
  const routes = [];
  for (const path of paths) {
    const ok = await fetchRaw(port, path);
    if (ok.status !== 200) throw new Error(`GET ${path} answered ${ok.status}: ${ok.body.toString('utf8')}`);
    const etag = ok.pairs.find(([k]) => k.toLowerCase() === 'etag')?.[1];
    if (!etag) throw new Error(`GET ${path} sent no ETag`);
    const nm = await fetchRaw(port, path, { 'if-none-match': etag });
    if (nm.status !== 304) throw new Error(`GET ${path} with If-None-Match answered ${nm.status}, not 304`);
    routes.push({
      path,
      etag,
      ok: { status: 200, headers: replayable(ok.pairs), body: ok.body.toString('base64') },
      notModified: { status: 304, headers: replayable(nm.pairs) },
      raw: { ok, nm },
    });
  }
  return routes;
}

const comparable = (r) => ({
  status: r.status,
  // Order aside (Node writes its own headers after ours), the header lines must be identical.
  headers: r.pairs
    .filter(([k]) => k.toLowerCase() !== 'date')
    .map(([k, v]) => `${k.toLowerCase()}: ${v}`)
    .sort(),
  body: r.body.toString('base64'),
});

/** The baseline only means something if it sends what we send: same status, headers and bytes. */
export async function assertSameResponses(port, routes) {
  for (const route of routes) {
    const pairs = [
      [route.raw.ok, await fetchRaw(port, route.path)],
      [route.raw.nm, await fetchRaw(port, route.path, { 'if-none-match': route.etag })],
    ];
    for (const [ours, bare] of pairs) {
      const a = JSON.stringify(comparable(ours));
      const b = JSON.stringify(comparable(bare));
      if (a !== b) {
        throw new Error(`baseline differs from our server on ${route.path} (${ours.status}):\n${a}\n${b}`);
      }
    }
  }
}

/** One autocannon run; throws if any response had the wrong status class or errored. */
export async function load({ port, path, headers, seconds, connections, expect }) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${path}`,
    headers,
    connections,
    duration: seconds,
  });
  const wrong = ['1xx', '2xx', '3xx', '4xx', '5xx']
    .filter((c) => c !== expect)
    .reduce((n, c) => n + result[c], 0);
  if (result.errors || result.timeouts || wrong || !result[expect]) {
    throw new Error(
      `GET ${path} on port ${port}: ${result.errors} errors, ${result.timeouts} timeouts, ` +
        `${wrong} answers not ${expect}`,
    );
  }
  return result[expect] / result.duration;
}
