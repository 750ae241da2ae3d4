/**
 * A tiny loopback static file server for the sample article and test pages
 * (used by `npm run dev` through wxt.config.ts and by the browser tests).
 * Mounts map a URL prefix to a folder; paths cannot escape their folder.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/**
 * @param {Record<string, string>} mounts URL prefix ("/", "/corpus/") → folder
 * @param {number} [port] 0 for a free one
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startStaticServer(mounts, port = 0) {
  const entries = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      if (path === '/favicon.ico') {
        // Browsers ask for it unprompted; an empty answer keeps test consoles clean.
        res.writeHead(204);
        res.end();
        return;
      }
      const mount = entries.find(([prefix]) => path.startsWith(prefix));
      if (!mount) throw Object.assign(new Error('no mount'), { code: 'ENOENT' });
      const root = resolve(mount[1]);
      let file = resolve(join(root, normalize(path.slice(mount[0].length))));
      if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch (error) {
      const missing = error && typeof error === 'object' && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');
      res.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(missing ? 'Not found' : 'Server error');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(undefined));
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((ok) => server.close(() => ok(undefined))),
  };
}
