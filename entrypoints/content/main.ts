/**
 * The content script's life: take over from an earlier injection (the
 * window-scoped slot keeps its analysis, so a re-opened popup does not
 * re-analyse), listen for our extension's messages only, repaint on in-page
 * navigation, and clean up when the extension context goes away.
 */
import { browser } from 'wxt/browser';
import { CARD_PORT, CATEGORIES_KEY, HIGHLIGHTS_KEY, isRoundupMessage, type ReadArticleResponse, type RoundupMessage } from '../../utils/messages';
import { PageController, type PageCache } from './page';
import type { ArticleReader } from './reading';
import { yieldToPage, type StepRecord } from './trace';
import { CardLink, type CardPort } from './card-link';
import { NavigationRepaint } from './navigation';
import { readVisibility } from '../../utils/categories';

/**
 * How often a running copy checks that its extension is still there. When the
 * extension is reloaded or updated, Chromium cuts the old copy off without
 * telling it (browser.runtime.id becomes undefined), so we ask on a timer and
 * then take our highlights, tooltip and listeners off the page.
 */
const CONTEXT_CHECK_MS = 1000;
/** After an in-page navigation, the new content is read this long after the URL changed (the app draws it meanwhile). */
const NAVIGATION_REPAINT_MS = 800;

/** The slot on `window` (isolated world) shared by successive injections. */
const SLOT = Symbol.for('roundup.content-script');

interface Slot {
  dispose: () => void;
  cache: () => PageCache | null;
  /** Whether this copy's highlights were on: the keyboard toggle's new copy flips what the page shows (absent before session 19). */
  enabled?: () => boolean;
  /** Our main-thread tasks on this page, for the browser tests (read in our isolated world). */
  trace: () => { records: StepRecord[]; yields: number; stopped: boolean; paintPending: boolean };
}

type WindowWithSlot = Window & { [SLOT]?: Slot };

export function startContentScript(): void {
  const win = window as WindowWithSlot;
  const previous = win[SLOT];
  let cache: PageCache | null = null;
  let enabledBefore: boolean | undefined;
  try {
    cache = previous?.cache() ?? null;
    enabledBefore = previous?.enabled?.();
    previous?.dispose();
  } catch {
    /* an earlier copy from an older extension context */
  }

  // The removal watch looks on the context check's tick (below): the controller runs no timer of its own for it.
  const page = new PageController(document, cache, readInBackground);
  // An open card (the popup) hears of what changes on the page without asking: see card-link.ts.
  const cards = new CardLink(() => page.cardState());
  page.onCardChange = () => cards.changed();
  let stopped = false;
  const ready = loadPreferences(page, enabledBefore);
  // Our own lifetime, not WXT's context's: WXT's aborts on a document event whose name is our extension
  // id and entrypoint, which the page can fire too (the build puts a silent context in its place:
  // silent-context.ts). Our newer copies take over through the slot (previous.dispose()), and the
  // extension going away is seen on the tick below.
  const life = new AbortController();

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    try {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.runtime.onConnect.removeListener(onConnect);
    } catch {
      /* context already gone */
    }
    life.abort();
    cards.close();
    const left = leftBehind(page);
    page.dispose();
    if (win[SLOT] !== slot) return;
    // The next copy takes our reading (not read again, the open card's reading number kept) and our
    // on/off from the slot; left there also if we were stopped before it asked. Not when the extension
    // itself went away: a new version reads afresh.
    if (extensionAlive()) win[SLOT] = left;
    else delete win[SLOT];
  };
  const slot: Slot = {
    dispose: stop,
    cache: () => page.cache,
    enabled: () => page.enabled,
    trace: () => ({ records: page.trace.records, yields: page.trace.yields, stopped, paintPending: page.paintPending }),
  };
  win[SLOT] = slot;

  const reportDeals = (): void => {
    if (stopped) return;
    const message: RoundupMessage = { type: 'analysis-done', deals: page.dealCount };
    try {
      browser.runtime.sendMessage(message).catch(() => undefined);
    } catch {
      /* the extension went away: the context check will stop us */
    }
  };

  async function handle(message: RoundupMessage): Promise<unknown> {
    await ready;
    switch (message.type) {
      case 'get-summary': {
        // Read (if the page changed), paint, then answer with the reading held after painting: painting
        // reads again when the page changed meanwhile (a live page), and the card must be that reading,
        // not the one before it (an older word count, a deal missing, saved to the log as such).
        const response = await page.popupSummary();
        reportDeals();
        // Sending the answer (the summary, no article text) is a task of its own, not the tail of the paint's.
        await yieldToPage(page.trace);
        const now = performance.now();
        page.trace.add({ name: 'answer', start: now, end: now, whole: true, items: response.paragraphCount });
        return response;
      }
      case 'get-paragraphs':
        // Only on a click on "Copy clean text": the article text is serialised then, and only then.
        return page.paragraphsResponse(message.analysisId);
      case 'set-highlights': {
        page.enabled = message.enabled;
        if (message.categories) page.visible = { ...page.visible, ...message.categories };
        // The card's switches: paint the card's reading, not a new one of a page that changed meanwhile.
        const state = await page.apply({ reread: false });
        // A push made before this request was taken said the old on/off: the card hears the new one.
        cards.changed();
        return state;
      }
      case 'toggle-highlights': {
        page.enabled = !page.enabled;
        await browser.storage.local.set({ [HIGHLIGHTS_KEY]: page.enabled }).catch(() => undefined);
        const state = await page.apply();
        if (page.enabled) reportDeals();
        cards.changed();
        return state;
      }
      case 'scroll-to':
        return page.scrollTo(message.findingId, message.step ?? 1);
      default:
        return undefined;
    }
  }

  function onMessage(message: unknown, sender: { id?: string }): Promise<unknown> | undefined {
    // Only our own extension talks to us; anything else, or any unknown shape, is not our business.
    if (stopped || sender.id !== browser.runtime.id || !isRoundupMessage(message)) return undefined;
    if (message.type === 'analysis-done') return undefined;
    return handle(message).catch((error: unknown) => {
      throw new Error(`Roundup could not do that on this page: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  /** A popup showing this tab's card subscribes to its changes (our extension only, that one port name). */
  function onConnect(port: CardPort & { name: string; sender?: { id?: string } }): void {
    if (stopped || port.name !== CARD_PORT || port.sender?.id !== browser.runtime.id) return;
    cards.add(port);
  }

  try {
    browser.runtime.onMessage.addListener(onMessage);
    browser.runtime.onConnect.addListener(onConnect);
  } catch {
    stop();
    return;
  }
  // Single-page apps change the URL without reloading us: start over on the new content (looked at on
  // the tick: WXT's location event is tied to its context and its name can be fired by the page).
  let href = location.href;
  const repaint = new NavigationRepaint(window, life.signal, NAVIGATION_REPAINT_MS, () => {
    if (stopped || !page.enabled) return;
    page.apply().then(reportDeals, () => {
      /* the next popup open will retry */
    });
  });
  const onLocationChange = (): void => {
    page.invalidate();
    repaint.schedule();
  };
  // The context check: when the extension is reloaded or updated, Chromium cuts this copy off without
  // telling it. The same wake-up looks whether the page took the highlights away (page.ts,
  // REMOVAL_MAX_REPAINTS) and whether a web component attached a shadow root since the last walk (LATE_ROOT_LOOKS).
  const tick = window.setInterval(() => {
    if (!extensionAlive()) return stop();
    page.lookForRemoval();
    page.lookForLateRoots();
    if (location.href === href) return;
    href = location.href;
    onLocationChange();
  }, CONTEXT_CHECK_MS);
  life.signal.addEventListener('abort', () => window.clearInterval(tick));

  const listening = { signal: life.signal };
  document.addEventListener('mousemove', (event: MouseEvent) => {
    try {
      page.onPointer(event.clientX, event.clientY);
    } catch {
      /* never break the page */
    }
  }, { ...listening, passive: true });
  document.addEventListener('mouseleave', () => page.hideTooltip(), listening);

  // First paint as soon as the preferences are known.
  void ready.then(async () => {
    if (stopped) return;
    try {
      const ran = page.enabled ? (await page.apply(), true) : await page.ensureAnalysis();
      if (ran || page.enabled) reportDeals();
      cards.changed();
    } catch {
      /* reported through get-summary instead */
    }
  });
}

/** The article's text goes to the background worker, which runs the readers off this page's main thread. */
const readInBackground: ArticleReader = async (article) => {
  const message: RoundupMessage = { type: 'read-article', article };
  const response = (await browser.runtime.sendMessage(message)) as ReadArticleResponse | undefined;
  if (!response || typeof response.readMs !== 'number') throw new Error('no reading came back');
  return response;
};

/** What a stopped copy leaves in the slot for the next one: its reading and its on/off, nothing live. */
function leftBehind(page: PageController): Slot {
  const cache = page.cache;
  const enabled = page.enabled;
  const trace = { records: page.trace.records, yields: page.trace.yields, stopped: true, paintPending: false };
  return { dispose: () => undefined, cache: () => cache, enabled: () => enabled, trace: () => trace };
}

function extensionAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

/**
 * The stored switches; `enabledBefore`, the on/off of the copy this one took over from (the keyboard
 * toggle injects a new copy), wins over the stored one, which is the last switch of any tab.
 */
async function loadPreferences(page: PageController, enabledBefore?: boolean): Promise<void> {
  if (typeof enabledBefore === 'boolean') page.enabled = enabledBefore;
  try {
    const stored = await browser.storage.local.get([HIGHLIGHTS_KEY, CATEGORIES_KEY]);
    if (typeof enabledBefore !== 'boolean' && typeof stored[HIGHLIGHTS_KEY] === 'boolean') page.enabled = stored[HIGHLIGHTS_KEY];
    page.visible = readVisibility(stored[CATEGORIES_KEY]);
  } catch {
    /* defaults: on, all categories */
  }
}
