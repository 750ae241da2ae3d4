/**
 * Injected by the popup (or the keyboard command) into the active tab only,
 * under activeTab: never declared for all sites. Analyses the page once,
 * paints the findings and answers the popup's messages.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from './main';

export default defineContentScript({
  registration: 'runtime',
  // WXT's default also announces each start with window.postMessage, whose type carries our extension
  // id: every page (its own message listeners) would learn that Roundup was opened on it. (The build's
  // context is a silent one anyway: entrypoints/content/silent-context.ts, aliased in wxt.config.ts.)
  noScriptStartedPostMessage: true,
  // WXT's context (ctx) is not used: Roundup keeps its own lifetime (see main.ts).
  main() {
    startContentScript();
  },
});
