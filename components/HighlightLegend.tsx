import { CATEGORIES, CATEGORY_STYLES, type Category, type CategoryVisibility } from '../utils/categories';
import type { Redraw } from '../utils/messages';

/** The colour key of the highlights, with the master switch and one switch per category. */
export interface HighlightLegendProps {
  /** The tab's on/off; null while the page has not said (a pending switch, not a guess that may flash). */
  enabled: boolean | null;
  visible: CategoryVisibility;
  /** Findings per category (categories with none are left out). */
  counts: Record<Category, number>;
  /** Findings not found on the page (told, not hidden). */
  unanchored: number;
  /**
   * The page redrew the highlighted text: `found` of `total` findings were found on it again (review F3);
   * `rewritten`: the text of the others is gone (see Redraw).
   */
  redraw?: Redraw | null;
  /** The page took Roundup's highlights away (it shares the highlight registry; review F2). */
  removedByPage?: boolean;
  onToggle: (enabled: boolean) => void;
  onToggleCategory: (category: Category, visible: boolean) => void;
}

/**
 * The switch's word and the sentence under it, saying what is on the page. "On" only when the highlights are
 * there: not when the page took them away, nor when some are missing since the reading. Missing ones are
 * told apart by why: a redraw (the same text in new nodes, a component's late root showing the story read)
 * found them again or not ("redrew"); a page that rewrote the text they were on (a late root with other text
 * than the one read, a paragraph rewritten) keeps only those still true on it ("changed"). Told by the text
 * (`redraw.rewritten`: the re-anchor did not find it), not by the card's "changed after Roundup read it",
 * which an ad rotating beside an article that is only redrawn also sets (review of session 22).
 */
export function legendStatus(props: Pick<HighlightLegendProps, 'enabled' | 'redraw' | 'removedByPage'>): { state: string; note: string | null } {
  const { enabled, redraw, removedByPage } = props;
  if (enabled === null) return { state: 'Checking…', note: null };
  if (!enabled) return { state: 'Off', note: null };
  if (removedByPage) return { state: 'Removed by the page', note: 'The page removed Roundup’s highlights: they are not shown.' };
  if (!redraw || redraw.found >= redraw.total) return { state: 'On', note: null };
  const state = redraw.found === 0 ? 'Lost' : `${redraw.found} of ${redraw.total}`;
  const note = redraw.rewritten
    ? `The page changed the article; ${redraw.found} of ${redraw.total} highlights are still on it.`
    : `The page redrew the article; ${redraw.found} of ${redraw.total} highlights found again.`;
  return { state, note };
}

export function HighlightLegend({ enabled, visible, counts, unanchored, redraw, removedByPage, onToggle, onToggleCategory }: HighlightLegendProps) {
  const shown = CATEGORIES.filter((c) => counts[c] > 0);
  const { state, note } = legendStatus({ enabled, redraw, removedByPage });
  return (
    <section class="legend" aria-labelledby="legend-heading">
      <div class="legend-head">
        <h2 id="legend-heading">Highlights on the page</h2>
        <label class="switch">
          {enabled === null ? (
            // Not known yet: no position to misread, nothing to click, and a label that says why.
            <input type="checkbox" role="switch" checked={false} disabled aria-busy="true" aria-label="Highlight findings on the page: checking what the page shows" />
          ) : (
            <input type="checkbox" role="switch" checked={enabled} onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)} aria-label="Highlight findings on the page" />
          )}
          <span>{state}</span>
        </label>
      </div>
      {note && <p class="small" role="status">{note}</p>}
      {shown.length > 0 ? (
        <ul class="legend-items">
          {shown.map((c) => (
            <li key={c}>
              {/* Counts of what is not on the page (switched off, or the page removed them) are greyed. */}
              <label class={enabled && !removedByPage ? '' : 'muted'}>
                <input type="checkbox" checked={visible[c]} disabled={!enabled} onChange={(e) => onToggleCategory(c, (e.currentTarget as HTMLInputElement).checked)} />
                <span class="swatch" style={{ background: CATEGORY_STYLES[c].fill, borderColor: CATEGORY_STYLES[c].line, borderBottomStyle: CATEGORY_STYLES[c].lineStyle }} aria-hidden="true" />
                {CATEGORY_STYLES[c].label} <span class="count">{counts[c]}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : note ? null : (
        <p class="muted">Nothing to highlight on this page.</p>
      )}
      {unanchored > 0 && <p class="muted small">{unanchored === 1 ? '1 finding was' : `${unanchored} findings were`} not found on the page as written.</p>}
    </section>
  );
}
