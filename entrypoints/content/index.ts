/**
 * Injected by the popup (or the keyboard command) into the active tab only,
 * under activeTab: never declared for all sites. Analyses the page once,
 * paints the findings and answers the popup's messages.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from './main';

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    startContentScript(ctx);
  },
});
