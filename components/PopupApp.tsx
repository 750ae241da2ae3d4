import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ALL_VISIBLE, type Category, type CategoryVisibility } from '../utils/categories';
import type { CopyKind } from '../utils/settings';
import type { GetSummaryResponse } from '../utils/messages';
import { withoutBidiControls } from '../utils/bidi';
import { dealTitle } from '../utils/format';
import type { PageClient } from './client';
import { StatusMessage } from './StatusMessage';
import { NO_ROUND_TEXT, refusalStatus, SummaryCard } from './SummaryCard';

export type View =
  | { phase: 'loading' }
  | { phase: 'ready'; data: GetSummaryResponse }
  | { phase: 'restricted'; message: string }
  | { phase: 'error'; message: string };

/** The popup: loads the page's summary through `client` and keeps the highlight switches in sync. */
export interface PopupAppProps {
  client: PageClient;
}

/** What the polite live region says when a reading asked for again has replaced the card. */
export function newCardAnnouncement(view: View): string {
  if (view.phase === 'loading') return '';
  if (view.phase !== 'ready') return view.message;
  const { data } = view;
  if (data.status !== 'ok') return refusalStatus(data).text;
  const title = data.summary.source.title ? withoutBidiControls(data.summary.source.title) : 'Untitled page';
  const main = data.summary.deals[0];
  const count = data.summary.deals.filter((d) => d.status === 'announced').length;
  const deal = main ? `${withoutBidiControls(dealTitle(main))}${main.amount ? `, ${main.amount.text}` : ''}` : NO_ROUND_TEXT;
  return `New card: ${title}. ${count > 1 ? `${count} rounds in this article. ` : ''}${deal}`;
}

/**
 * The view once the page pushed the card's state (the card is open and the
 * page redrew, lost or removed its highlights, or was read again): the same
 * reading is updated in place, a newer one replaces the card; an older one
 * (a push overtaken by the card's own answer) and any view that is not a card
 * (loading, refused by the browser, an error) are left as they are.
 */
export function pushedView(view: View, state: GetSummaryResponse): View {
  if (view.phase !== 'ready' || state.analysisId < view.data.analysisId) return view;
  return { phase: 'ready', data: state };
}

/**
 * The switch once the page pushed the card's state: the page's own on/off (the
 * keyboard command flips it with the card open), except while one of the
 * card's own switch requests is under way: a push made before the page took
 * it would undo the click for a moment (the page pushes again once it did).
 */
export function pushedSwitch(shown: boolean | null, state: GetSummaryResponse, requestsUnderWay: number): boolean | null {
  return requestsUnderWay > 0 ? shown : state.highlightsOn;
}

export function PopupApp({ client }: PopupAppProps) {
  const [view, setView] = useState<View>({ phase: 'loading' });
  /**
   * The switch: what the tab shows, from the page's answer (or its pushes), never the stored setting,
   * which is one value for all tabs (a tab toggled by keyboard, then another switched from its card,
   * disagree with it). A page with no content script yet is no exception: the copy injected to answer
   * starts from the stored setting itself (main.ts, loadPreferences). null: not known yet (pending).
   */
  const [highlightsOn, setHighlightsOn] = useState<boolean | null>(null);
  const [visible, setVisible] = useState<CategoryVisibility>({ ...ALL_VISIBLE });
  const [notice, setNotice] = useState<string | null>(null);
  const [exportFormat, setExportFormat] = useState<CopyKind>('markdown');
  /** Bumped by Retry / "Read again": the page is asked for its summary again (read again if it changed). */
  const [reading, setReading] = useState(0);
  /** Said once in the polite live region when a reading asked for again replaces the card. */
  const [announcement, setAnnouncement] = useState('');
  /**
   * Set by Retry / "Read again" / a stale copy: the button pressed goes away with the old card, so
   * focus is moved (to the spinner, then to the new card's title or its Retry button) instead of
   * dropping to the page body, where a keyboard user had to start again from the top.
   */
  const refocus = useRef<'no' | 'asked' | 'loading'>('no');
  const root = useRef<HTMLDivElement>(null);
  /** The view shown, for the page's pushes (they come outside any render). */
  const shown = useRef<View>(view);
  shown.current = view;
  /** The reading a push replaced the card with: its card takes focus (the old one's focused button is gone) and is announced. */
  const replacedBy = useRef<number | null>(null);
  /** The card's switch requests (set-highlights) not answered yet: see pushedSwitch. */
  const switching = useRef(0);

  /** The page pushed the card's state: show it; a new reading replaces the card as "Read again" does (focus, announcement). */
  const onPushed = useCallback((state: GetSummaryResponse) => {
    const before = shown.current;
    const next = pushedView(before, state);
    if (next === before) return;
    if (before.phase === 'ready' && state.analysisId !== before.data.analysisId) replacedBy.current = state.analysisId;
    shown.current = next;
    setView(next);
    setHighlightsOn((on) => pushedSwitch(on, state, switching.current));
  }, []);

  /** Ask the page to paint (or clear) as the card's switches say; its pushes do not move the switch meanwhile. */
  const sendSwitches = useCallback(
    (enabled: boolean, categories?: Partial<Record<Category, boolean>>) => {
      switching.current++;
      client
        .setHighlights(enabled, categories)
        .catch(() => setNotice('The page did not answer: reload it and try again.'))
        .finally(() => switching.current--);
    },
    [client],
  );

  /** Replace the card (or the refusal) with a new reading of the page; `note` says why, when not asked. */
  const readAgain = useCallback((note: string | null = null) => {
    refocus.current = 'asked';
    setAnnouncement('');
    setView({ phase: 'loading' });
    setNotice(note);
    setReading((n) => n + 1);
  }, []);

  useEffect(() => {
    const el = root.current;
    if (!el || view.phase !== 'ready' || replacedBy.current !== view.data.analysisId) return;
    replacedBy.current = null;
    el.querySelector<HTMLElement>('.article-title')?.focus();
    setAnnouncement(newCardAnnouncement(view));
  }, [view]);

  useEffect(() => {
    const el = root.current;
    if (refocus.current === 'no' || !el) return;
    if (view.phase === 'loading') {
      refocus.current = 'loading';
      el.querySelector<HTMLElement>('.status-busy')?.focus();
      return;
    }
    // Effects run after paint: the old card's own effect may run after the click. Only a card that
    // came after the "Analysing…" of the reading asked for takes focus.
    if (refocus.current !== 'loading') return;
    refocus.current = 'no';
    // A refusal that may pass if asked again keeps focus on its Retry; otherwise the new card's title.
    const target = el.querySelector<HTMLElement>('.status-action') ?? el.querySelector<HTMLElement>('.article-title') ?? el.querySelector<HTMLElement>('.status');
    target?.focus();
    setAnnouncement(newCardAnnouncement(view));
  }, [view]);

  useEffect(() => {
    let live = true;
    let unsubscribe: (() => void) | null = null;
    // The options page's default export format: Markdown until it is known, or if it cannot be read.
    client.loadExportFormat().then(
      (format) => live && setExportFormat(format),
      () => undefined,
    );
    void (async () => {
      try {
        const prefs = await client.loadPreferences();
        if (!live) return;
        setVisible(prefs.visible);
        const result = await client.load();
        if (!live) return;
        if (result.kind === 'ready') {
          const ready: View = { phase: 'ready', data: result.data };
          // Known to onPushed at once: the page's first push may come before this render.
          shown.current = ready;
          // The same render as the card: its first paint shows the tab's on/off, not the stored one.
          setHighlightsOn(result.data.highlightsOn);
          setView(ready);
          // From now on the page tells the card what changes on it (see utils/messages.ts, CARD_PORT).
          unsubscribe = client.subscribe?.((state) => live && onPushed(state)) ?? null;
        } else {
          setView({ phase: result.kind, message: result.message });
        }
      } catch (error) {
        if (live) setView({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [client, reading, onPushed]);

  const onToggleHighlights = useCallback(
    (enabled: boolean) => {
      setHighlightsOn(enabled);
      void client.savePreferences({ highlightsOn: enabled, visible });
      sendSwitches(enabled, visible);
    },
    [client, visible, sendSwitches],
  );

  const onToggleCategory = useCallback(
    (category: Category, on: boolean) => {
      // Only once the page's on/off is known (the category boxes are disabled until then).
      if (highlightsOn === null) return;
      const next = { ...visible, [category]: on };
      setVisible(next);
      void client.savePreferences({ highlightsOn, visible: next });
      sendSwitches(highlightsOn, { [category]: on });
    },
    [client, visible, highlightsOn, sendSwitches],
  );

  /**
   * The paragraphs of the card's own reading: the page keeps them for its last
   * few readings, so a live page read again meanwhile still copies what the
   * card shows. Past that (the card is several readings old) another reading's
   * text would not match the card's artifacts: the page is read again and the
   * card replaced, and the note says to copy again (never a dead end).
   */
  const loadParagraphs = useCallback(
    async (analysisId: number): Promise<string[]> => {
      const answer = await client.loadParagraphs(analysisId);
      if (answer.analysisId !== analysisId) {
        readAgain('The page had changed since this card was made: Roundup read it again and updated the card. Copy the clean text again.');
        throw new Error('the page changed since this card was made; reading it again.');
      }
      return answer.paragraphs;
    },
    [client, readAgain],
  );

  const onShow = useCallback(
    (findingId: string) => {
      client.scrollTo(findingId).then(
        (r) => setNotice(
          !r.found
            ? 'That text is no longer on the page.'
            : r.total && r.total > 1
              ? `Mention ${r.index} of ${r.total} on the page: click again for the next.`
              : null,
        ),
        () => setNotice('The page did not answer: reload it and try again.'),
      );
    },
    [client],
  );

  return (
    <div class="popup" ref={root}>
      <div class="brand" aria-hidden="true">
        <span class="logo" /> Roundup
      </div>
      {view.phase === 'loading' && <StatusMessage tone="busy" text="Analysing this page…" />}
      {view.phase === 'restricted' && <StatusMessage tone="warning" text={view.message} />}
      {view.phase === 'error' && (
        // The page did not answer, kept changing, or its reader failed: asking again may work.
        <StatusMessage tone="error" text="Roundup could not analyse this page." detail={view.message} action={{ label: 'Retry', onClick: () => readAgain() }} />
      )}
      {view.phase === 'ready' && (
        <SummaryCard
          // A new reading is a new card: "Saved ✓" and the copy note belong to the reading they were made for.
          key={view.data.analysisId}
          data={view.data}
          highlightsOn={highlightsOn}
          visible={visible}
          onToggleHighlights={onToggleHighlights}
          onToggleCategory={onToggleCategory}
          onShow={onShow}
          exportFormat={exportFormat}
          copy={(text) => client.copy(text)}
          loadParagraphs={() => loadParagraphs(view.data.analysisId)}
          copyRich={(html, text) => client.copyRich(html, text)}
          saveToLog={(summary) => client.saveToLog(summary)}
          openLog={() => client.openLog()}
          onReadAgain={() => readAgain()}
        />
      )}
      {notice && <p class="notice" role="status">{notice}</p>}
      {/* Always in the page (a live region added with its text is often not read); filled only when a new reading replaced the card. */}
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="card-announcement">
        {announcement}
      </p>
    </div>
  );
}
