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
  }, [client]);

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

  /** The paragraphs behind the card on show; a page read again since has other text, and other artifacts. */
  const loadParagraphs = useCallback(
    async (analysisId: number): Promise<string[]> => {
      const answer = await client.loadParagraphs();
      if (answer.analysisId !== analysisId) throw new Error('the page was read again since this card was made: reopen Roundup and try again.');
      return answer.paragraphs;
    },
    [client],
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
      {view.phase === 'error' && <StatusMessage tone="error" text="Roundup could not analyse this page." detail={view.message} />}
      {view.phase === 'ready' && (
        <SummaryCard
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
        />
      )}
      {notice && <p class="notice" role="status">{notice}</p>}
    </div>
  );
}
