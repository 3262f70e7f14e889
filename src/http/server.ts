import http from 'node:http';

/** Listen with timeouts that cut off slow clients; resolves with the bound port. */
export function listen(app: http.RequestListener, port: number, host: string): Promise<http.Server> {
  // Timeouts are enforced by a periodic sweep: check every second, not Node's default 30 s.
  const server = http.createServer({ connectionsCheckingInterval: 1_000 }, app);
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

export function close(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
