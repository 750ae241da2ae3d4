import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The shipped manifest asks only for what a click on the toolbar button needs.
// ROUNDUP_TEST_HOSTS=1 builds a *test copy* (into .output/test-*) that may read
// http://127.0.0.1/* pages: a popup opened by automation gets no activeTab
// grant, so this stands in for the user's click. It is never shipped.
const testHosts = process.env.ROUNDUP_TEST_HOSTS === '1';

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
    action: { default_title: 'Roundup: summarise this article' },
  },
});
