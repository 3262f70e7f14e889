/**
 * A WebSub subscriber on a random local port: answers verification GETs (echoing the challenge
 * unless told not to) and records every content delivery POST, answering with a chosen status.
 */
import http from 'node:http';

export interface Received {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface Subscriber {
  base: string;
  /** Every request, in arrival order. */
  received: Received[];
  verifications: () => Received[];
  deliveries: () => Received[];
  /** Echo the challenge (default) or answer something else. */
  echo: boolean;
  /** Statuses for the next deliveries, used up in order; 200 after that. */
  deliveryStatuses: number[];
  stop: () => Promise<void>;
}

export async function startSubscriber(): Promise<Subscriber> {
  const sub: Subscriber = {
    base: '',
    received: [],
    verifications: () => sub.received.filter((r) => r.method === 'GET'),
    deliveries: () => sub.received.filter((r) => r.method === 'POST'),
    echo: true,
    deliveryStatuses: [],
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', sub.base);
      sub.received.push({ method: req.method ?? '', url, headers: req.headers, body: Buffer.concat(chunks) });
      if (req.method === 'GET') {
        res.statusCode = 200;
        res.end(sub.echo ? (url.searchParams.get('hub.challenge') ?? '') : 'nope');
        return;
      }
      res.statusCode = sub.deliveryStatuses.shift() ?? 200;
      res.end();
    });
  });
  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('subscriber has no port');
  sub.base = `http://127.0.0.1:${address.port}`;
  return sub;
}
