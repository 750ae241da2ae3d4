/**
 * Watching the extension's network use from two sides:
 *  - a recording proxy every non-loopback request of the whole browser is
 *    sent to (it answers none of them), so a request from any process —
 *    service worker, extension page, content script — is seen even if no
 *    DevTools session was attached in time;
 *  - DevTools Network domains on every target (service worker, popup, log,
 *    options, the article tab), recording each request with the target's URL.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { CDPSession, Target } from 'puppeteer-core';
import { launchWithExtension, type Session } from './harness';
import { listenOnLoopback } from './loopback';

export interface ProxyLog {
  /** "GET http://host/path" or "CONNECT host:443", in arrival order. */
  requests: string[];
}

/** A proxy that records and refuses every request (plain HTTP and CONNECT tunnels). */
export async function startRecordingProxy(): Promise<{ port: number; log: ProxyLog; close: () => Promise<void> }> {
  const log: ProxyLog = { requests: [] };
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    log.requests.push(`${req.method ?? '?'} ${req.url ?? ''}`);
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('Refused by the test proxy');
  });
  server.on('connect', (req, socket: Socket) => {
    log.requests.push(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const { port, close } = await listenOnLoopback(server);
  return {
    port,
    log,
    // A proxy's kept-alive sockets would hold the server open.
    close: () => {
      for (const s of sockets) s.destroy();
      return close();
    },
  };
}

/**
 * Launch Chromium with the extension like harness.launchWithExtension, with
 * every non-loopback request sent to `proxyPort` (loopback stays direct, so
 * the test pages load; Chromium never proxies loopback unless told to).
 */
export function launchBehindProxy(extensionDir: string, proxyPort: number): Promise<Session> {
  return launchWithExtension(extensionDir, ['--disable-domain-reliability', '--no-pings', `--proxy-server=http://127.0.0.1:${proxyPort}`]);
}

export interface SeenRequest {
  /** The target's kind and URL when it was attached ("service_worker chrome-extension://…/background.js"). */
  target: string;
  /** The document the request belongs to, when DevTools tells. */
  documentUrl: string;
  url: string;
  /**
   * Why the browser itself refused it before it went out ("csp", "inspector",
   * "mixed-content"…), from Network.loadingFailed; null when it was sent.
   */
  blockedReason: string | null;
}

/**
 * Record every request of every target of `session.browser` (existing ones
 * and those created later) through a DevTools session of our own per target.
 */
export async function recordTargetRequests(session: Session): Promise<{ requests: SeenRequest[]; stop: () => Promise<void> }> {
  const requests: SeenRequest[] = [];
  const sessions: CDPSession[] = [];
  const watched = new WeakSet<Target>();
  const attach = async (target: Target): Promise<void> => {
    if (watched.has(target) || !['page', 'service_worker', 'background_page', 'shared_worker', 'other', 'webview'].includes(target.type())) return;
    watched.add(target);
    try {
      const cdp = await target.createCDPSession();
      sessions.push(cdp);
      const label = `${target.type()} ${target.url()}`;
      const byId = new Map<string, SeenRequest>();
      cdp.on('Network.requestWillBeSent', (event: { requestId: string; request: { url: string }; documentURL?: string }) => {
        const seen: SeenRequest = { target: label, documentUrl: event.documentURL ?? '', url: event.request.url, blockedReason: null };
        byId.set(event.requestId, seen);
        requests.push(seen);
      });
      cdp.on('Network.loadingFailed', (event: { requestId: string; blockedReason?: string; corsErrorStatus?: unknown }) => {
        const seen = byId.get(event.requestId);
        if (seen && event.blockedReason) seen.blockedReason = event.blockedReason;
      });
      await cdp.send('Network.enable');
    } catch {
      /* the target went away before we could attach */
    }
  };
  const onCreated = (target: Target): void => void attach(target);
  session.browser.on('targetcreated', onCreated);
  await Promise.all(session.browser.targets().map(attach));
  return {
    requests,
    stop: async () => {
      session.browser.off('targetcreated', onCreated);
      await Promise.all(sessions.map((s) => s.detach().catch(() => undefined)));
    },
  };
}
