/**
 * Start a test server on a free loopback port: the one way the browser tests'
 * page, story and proxy servers listen, so each says only what it serves.
 */
import type { Server } from 'node:http';

export async function listenOnLoopback(server: Server): Promise<{ port: number; url: string; close: () => Promise<void> }> {
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}
