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
  // id: every page (its own message listeners) would learn that Roundup was opened on it, and the id it
  // needs to forge WXT's start event. The document event WXT uses between copies is enough.
  noScriptStartedPostMessage: true,
  // WXT's context (ctx) is not used: the page can end it with a forged start event (see main.ts).
  main() {
    startContentScript();
  },
});
