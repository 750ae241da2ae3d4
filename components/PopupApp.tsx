import { useCallback, useEffect, useState } from 'preact/hooks';
import { ALL_VISIBLE, type Category, type CategoryVisibility } from '../utils/categories';
import type { CopyKind } from '../utils/settings';
import type { GetSummaryResponse } from '../utils/messages';
import type { PageClient } from './client';
import { StatusMessage } from './StatusMessage';
import { SummaryCard } from './SummaryCard';

type View =
  | { phase: 'loading' }
  | { phase: 'ready'; data: GetSummaryResponse }
  | { phase: 'restricted'; message: string }
  | { phase: 'error'; message: string };

/** The popup: loads the page's summary through `client` and keeps the highlight switches in sync. */
export interface PopupAppProps {
  client: PageClient;
}

export function PopupApp({ client }: PopupAppProps) {
  const [view, setView] = useState<View>({ phase: 'loading' });
  const [highlightsOn, setHighlightsOn] = useState(true);
  const [visible, setVisible] = useState<CategoryVisibility>({ ...ALL_VISIBLE });
  const [notice, setNotice] = useState<string | null>(null);
  const [exportFormat, setExportFormat] = useState<CopyKind>('markdown');
  /** Bumped by Retry / "Read again": the page is asked for its summary again (read again if it changed). */
  const [reading, setReading] = useState(0);

  /** Replace the card (or the refusal) with a new reading of the page; `note` says why, when not asked. */
  const readAgain = useCallback((note: string | null = null) => {
    setView({ phase: 'loading' });
    setNotice(note);
    setReading((n) => n + 1);
  }, []);

  useEffect(() => {
    let live = true;
    // The options page's default export format: Markdown until it is known, or if it cannot be read.
    client.loadExportFormat().then(
      (format) => live && setExportFormat(format),
      () => undefined,
    );
    void (async () => {
      try {
        const prefs = await client.loadPreferences();
        if (!live) return;
        setHighlightsOn(prefs.highlightsOn);
        setVisible(prefs.visible);
        const result = await client.load();
        if (!live) return;
        if (result.kind === 'ready') setView({ phase: 'ready', data: result.data });
        else setView({ phase: result.kind, message: result.message });
      } catch (error) {
        if (live) setView({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      live = false;
    };
  }, [client, reading]);

  const onToggleHighlights = useCallback(
    (enabled: boolean) => {
      setHighlightsOn(enabled);
      void client.savePreferences({ highlightsOn: enabled, visible });
      client.setHighlights(enabled, visible).catch(() => setNotice('The page did not answer: reload it and try again.'));
    },
    [client, visible],
  );

  const onToggleCategory = useCallback(
    (category: Category, on: boolean) => {
      const next = { ...visible, [category]: on };
      setVisible(next);
      void client.savePreferences({ highlightsOn, visible: next });
      client.setHighlights(highlightsOn, { [category]: on }).catch(() => setNotice('The page did not answer: reload it and try again.'));
    },
    [client, visible, highlightsOn],
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
    <div class="popup">
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
    </div>
  );
}
