import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
  }),
  manifest: {
    name: 'Roundup',
    description: 'Funding rounds, investors and scraping artifacts in business news, at a glance.',
    permissions: ['activeTab', 'scripting', 'storage', 'clipboardWrite'],
    host_permissions: testHosts ? ['http://127.0.0.1/*'] : [],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: {
      default_title: 'Roundup: summarise this article',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+R' }, description: 'Open Roundup on this page' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Turn Roundup highlights on or off' },
    },
  },
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
