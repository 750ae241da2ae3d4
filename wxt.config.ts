import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// The shipped manifest asks only for what a click on the toolbar button needs.
// ROUNDUP_TEST_HOSTS=1 builds a *test copy* (into .output/test-*) that may read
// http://127.0.0.1/* pages: a popup opened by automation gets no activeTab
// grant, so this stands in for the user's click. It is never shipped.
const testHosts = process.env.ROUNDUP_TEST_HOSTS === '1';

// `npm run dev` opens the sample article, served from assets/sample/ by a
// loopback server that starts with WXT's dev server (port: ROUNDUP_SAMPLE_PORT).
const samplePort = Number(process.env.ROUNDUP_SAMPLE_PORT ?? 5190);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDirTemplate: testHosts ? 'test-{{browser}}-mv{{manifestVersion}}' : undefined,
  vite: () => ({
    plugins: [preact()],
    resolve: {
      // The content script's wrapper builds WXT's ContentScriptContext, whose constructor fires an event named
      // with our extension id on the page's document: every injection was announced to a page listening under
      // that name. Roundup never uses the context: a silent one stands in (entrypoints/content/silent-context.ts).
      alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./entrypoints/content/silent-context.ts', import.meta.url)) }],
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Roundup',
    description: 'Funding rounds, investors and scraping artifacts in business news, at a glance.',
    permissions: ['activeTab', 'scripting', 'storage', 'clipboardWrite'],
    host_permissions: testHosts ? ['http://127.0.0.1/*'] : [],
    // Options page "Run automatically on these sites": requested one site at a
    // time, at the user's click. WXT strips optional_host_permissions from MV2,
    // so MV2 lists the origins in optional_permissions.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_permissions: ['https://*/*', 'http://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: '{c7b83db5-8372-4a5e-8a6b-b7d91bfcc936}', // storage and granted permissions are keyed by it
              strict_min_version: '109.0', // MV2 scripting.registerContentScripts (102) with persistAcrossSessions (105)
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // WXT writes the popup into browser_action for MV2 and then skips converting `action`.
    [manifestVersion === 2 ? 'browser_action' : 'action']: {
      default_title: 'Roundup: summarise this article',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open Roundup on this page',
      },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Turn Roundup highlights on or off' },
    },
  }),
  webExt: {
    startUrls: [`http://127.0.0.1:${samplePort}/`],
  },
  hooks: {
    'server:created': async () => {
      const { startStaticServer } = await import('./scripts/static-server.mjs');
      const sample = await startStaticServer({ '/': 'assets/sample' }, samplePort);
      console.log(`Sample article: ${sample.url}/`);
    },
  },
});
