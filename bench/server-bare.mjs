// Child process: the floor — bare node:http replaying the exact bytes and headers our server sent.
import http from 'node:http';

/** Canned answers per URL path: the 200 and the 304, as captured from our server. */
const routes = new Map();

function serve(req, res) {
  const route = routes.get(req.url);
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  const answer = req.headers['if-none-match'] === route.etag ? route.notModified : route.ok;
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}

process.on('disconnect', () => process.exit(0));
process.once('message', (msg) => {
  for (const r of msg.routes) {
    routes.set(r.path, {
      etag: r.etag,
      ok: { status: r.ok.status, headers: r.ok.headers, body: Buffer.from(r.ok.body, 'base64') },
      notModified: { status: r.notModified.status, headers: r.notModified.headers, body: undefined },
    });
  }
  const server = http.createServer(serve);
  // Same timeouts as src/http/server.ts, so the Keep-Alive header and connection handling match.
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
});
