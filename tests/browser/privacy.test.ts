/**
 * No network request, ever. A full flow — the real popup, the card in a tab,
 * every copy, save to log, the log page, the options page — on the sample
 * article and two saved corpus pages, with every request recorded twice: by
 * DevTools on each target (service worker, popup, log, options, the article
 * tab) and by a proxy the whole browser sends its non-loopback traffic to.
 * Extension targets may request nothing but chrome-extension:// URLs, the
 * article tab nothing but its own loopback document, and the proxy must see
 * nothing but Chromium's own housekeeping (a short, named list of hosts) and
 * the connections a saved page's markup asks for (preconnect hints). The shipped manifest must grant no host access and expose
 * nothing to web pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPopup, type Session } from './harness';
import { launchBehindProxy, recordTargetRequests, startRecordingProxy, type SeenRequest } from './network-watch';
import { clickCopy, grantClipboard, openCardTab } from './popup-page';
import { startPageServer, tabIdOfPage } from './page-guard';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const READABILITY = resolve(ROOT, '../shared/corpus/readability');
/** Two saved real pages full of third-party images, scripts and trackers. */
const CORPUS_PAGES = ['bbc-1', 'ars-1'].filter((slug) => existsSync(join(READABILITY, slug, 'source.html')));

let session: Session;
let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
let server: Awaited<ReturnType<typeof startPageServer>>;
let recorder: Awaited<ReturnType<typeof recordTargetRequests>>;
let article: Page;

/**
 * Chromium's own background traffic, which the browser sends whatever the
 * extension does (network time, update and account checks); the flags that
 * silence most of it do not silence these in Debian's build. A request to any
 * other host fails the test.
 */
const CHROMIUM_HOSTS = new Set([
  'clients2.google.com', 'update.googleapis.com', 'accounts.google.com', 'safebrowsing.googleapis.com', 'optimizationguide-pa.googleapis.com', 'content-autofill.googleapis.com', 'redirector.gvt1.com',
  // Debian's Chromium 150 (what `apt-get install chromium` gave on 29 Nov 2026):
  // a socket preconnect to the default search engine each time a tab opens,
  // and the GCM check-in. Preconnects are sockets, not requests, so no target
  // sees them; the CDP assertions above already show that no target (the
  // extension's pages, the article tab with our content script, the browser
  // UI) sent anything off the machine.
  'www.google.com', 'android.clients.google.com',
]);

function hostOf(proxyLine: string): string {
  const target = proxyLine.split(' ')[1] ?? '';
  return target.includes('://') ? new URL(target).hostname : target.replace(/:\d+$/, '');
}

function chromiumOwn(requests: string[]): string[] {
  return requests.filter((line) => CHROMIUM_HOSTS.has(hostOf(line)));
}

/**
 * Hosts a saved page itself asks the browser to connect to ahead of time
 * (<link rel=preconnect|dns-prefetch>): Chromium opens those connections for
 * the page, outside the reach of its CSP; they are the page's, not ours.
 */
function hintedHosts(html: string): Set<string> {
  const hosts = new Set<string>();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?[^"'>]*\b(preconnect|dns-prefetch)\b/i.test(tag)) continue;
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (!href) continue;
    try {
      hosts.add(new URL(href, 'https://invalid.example/').hostname);
    } catch {
      /* not a URL */
    }
  }
  return hosts;
}

/** Not a request on the wire: the page's own inline data. */
const INLINE = /^(data|blob):/;

beforeAll(async () => {
  proxy = await startRecordingProxy();
  // Pages from a CSP server: a saved page's own images and scripts are refused
  // by the browser, so whatever reaches the proxy could only come from us.
  server = await startPageServer({ '/': join(ROOT, 'assets/sample'), '/corpus/': READABILITY });
  session = await launchBehindProxy(inject('testExtensionDir'), proxy.port);
  await grantClipboard(session);
  recorder = await recordTargetRequests(session);
  article = (await session.browser.pages())[0] ?? (await session.browser.newPage());
});

afterAll(async () => {
  await recorder?.stop();
  await session?.close();
  await proxy?.close();
  await server?.close();
});

/** The whole flow on one article. */
async function fullFlow(url: string): Promise<void> {
  await article.goto(url, { waitUntil: 'load' });
  await article.bringToFront();
  // The real toolbar popup first (as a click on the button), then the card in a tab for the clicks.
  const popup = await openPopup(session);
  await popup.waitForSelector('.card, .status-warning, .status-error', { timeout: 60_000 });
  await popup.close();
  const view = await openCardTab(session, await tabIdOfPage(session, article));
  const formats = await view.$$eval('.export button[data-format]', (buttons) => buttons.map((b) => b.getAttribute('data-format') ?? ''));
  for (const format of formats) await clickCopy(view, format);
  await view.evaluate(() => {
    for (const summary of document.querySelectorAll('details:not([open]) > summary')) (summary as HTMLElement).click();
  });
  const save = await view.$('.log-save button:not(.link):not([disabled])');
  if (save) {
    await save.click();
    await view.waitForFunction(() => /Saved|Could not/.test(document.querySelector('.log-save-note')?.textContent ?? ''), { timeout: 30_000 });
  }
  const logUrl = `chrome-extension://${session.extensionId}/log.html`;
  let log: Page;
  if (await view.$('.log-save .link')) {
    const opened = session.browser.waitForTarget((t) => t.url() === logUrl, { timeout: 30_000 });
    await view.click('.log-save .link');
    log = await (await opened).asPage();
  } else {
    // No deal on the page, so the card offers no log buttons: open the log as from the options page.
    log = await session.browser.newPage();
    await log.goto(logUrl, { waitUntil: 'load' });
  }
  await log.waitForSelector('main, table, .empty', { timeout: 30_000 });
  await log.close();
  await view.close();
}

describe('no network request, ever', () => {
  it('the sample article: popup, card, copies, save to log, log page', async () => {
    await fullFlow(`${server.url}/`);
  });

  for (const slug of CORPUS_PAGES) {
    it(`corpus page ${slug}: the same flow`, async () => {
      await fullFlow(`${server.url}/corpus/${slug}/source.html`);
    });
  }

  it('the options page, with a setting changed', async () => {
    const options = await session.browser.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`, { waitUntil: 'load' });
    await options.waitForSelector('input[name="export-format"]', { timeout: 30_000 });
    await options.click('input[name="export-format"][value="json"]');
    await options.reload({ waitUntil: 'load' });
    await options.waitForSelector('input[name="export-format"]', { timeout: 30_000 });
    await options.close();
  });

  it('recorded nothing but extension resources, and nothing left the machine', async () => {
    await new Promise((done) => setTimeout(done, 1_000)); // a late beacon would land now
    const own = `chrome-extension://${session.extensionId}/`;
    const byExtension = (r: SeenRequest): boolean => r.target.includes('chrome-extension://') || r.documentUrl.startsWith('chrome-extension://');
    const extensionRequests = recorder.requests.filter(byExtension);
    console.log(`privacy: ${recorder.requests.length} requests recorded, ${extensionRequests.length} by extension targets (all ${own}…)`);
    // The recorder did attach to the extension's pages: their own files were seen.
    expect(extensionRequests.some((r) => r.url.startsWith(`${own}popup.html`))).toBe(true);
    // Extension targets fetch their own files and nothing else.
    expect(extensionRequests.filter((r) => !r.url.startsWith(own) && !INLINE.test(r.url)).map((r) => `${r.target}: ${r.url}`)).toEqual([]);
    // No target at all — extension, article tab (content script included), browser UI — sent anything off the machine:
    // article tabs load their loopback document (the browser refuses their subresources under the
    // server's CSP before they go out), the browser UI its chrome:// files.
    const local = (url: string): boolean => url.startsWith(own) || url.startsWith(`${server.url}/`) || url.startsWith('chrome://') || url === 'about:blank' || INLINE.test(url);
    const sent = recorder.requests.filter((r) => !local(r.url) && r.blockedReason === null);
    expect(sent.map((r) => `${r.target}: ${r.url}`)).toEqual([]);
    // And the proxy, which sees every non-loopback request of every process, saw none but Chromium's own
    // housekeeping and the connections the saved pages themselves ask for in their markup.
    const pageHints = new Set(CORPUS_PAGES.flatMap((slug) => [...hintedHosts(readFileSync(join(READABILITY, slug, 'source.html'), 'utf8'))]));
    const unexplained = proxy.log.requests.filter((r) => !CHROMIUM_HOSTS.has(hostOf(r)) && !pageHints.has(hostOf(r)));
    console.log(`privacy: proxy saw ${proxy.log.requests.length} (Chromium's own ${chromiumOwn(proxy.log.requests).length}, page hints ${proxy.log.requests.filter((r) => pageHints.has(hostOf(r))).length}, unexplained ${unexplained.length})`);
    expect(unexplained).toEqual([]);
  });
});

describe('the shipped manifest', () => {
  const manifest = (): Record<string, unknown> => JSON.parse(inject('shippedManifest')) as Record<string, unknown>;

  it('grants no host access and exposes nothing to web pages', () => {
    const m = manifest();
    expect(m.host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(m).not.toHaveProperty('externally_connectable');
    expect(m).not.toHaveProperty('web_accessible_resources');
    expect(m.content_scripts ?? []).toEqual([]);
    // Everything granted at install is about the clicked tab and local storage.
    expect(m.permissions).toEqual(expect.arrayContaining(['activeTab']));
    for (const permission of (m.permissions as string[] | undefined) ?? []) {
      expect(['activeTab', 'scripting', 'storage', 'clipboardWrite']).toContain(permission);
    }
  });

  it('asks for site access only as optional permissions (the opt-in auto-run), never at install', () => {
    const m = manifest();
    const optional = [...((m.optional_host_permissions as string[] | undefined) ?? []), ...((m.optional_permissions as string[] | undefined) ?? [])];
    for (const origin of optional) expect(origin).toMatch(/^https?:\/\/\*\/\*$/);
  });
});
