import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { listen, close } from '../../src/http/index.js';

describe('slow clients', () => {
  it('are cut off when they never finish sending headers', async () => {
    const server = await listen((_req, res) => res.end('ok'), 0, '127.0.0.1');
    // Shorten the limits for the test; production uses 15 s for headers, 30 s per request.
    server.headersTimeout = 300;
    server.requestTimeout = 300;
    const port = (server.address() as net.AddressInfo).port;
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n'));
      let data = '';
      socket.on('data', (d: Buffer) => (data += d.toString()));
      socket.on('close', () => resolve(data));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(5000);
    await close(server);
  });
});
