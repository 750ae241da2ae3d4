import { useState } from 'preact/hooks';
import type { Summary } from '../utils/types';

/**
 * "Save to log" for the popup: stores the summary in the deal log (saving the
 * same article again replaces its entry) and offers to open the log.
 */
export interface LogSaveButtonProps {
  summary: Summary;
  /**
   * Stores the summary: `(s) => saveToLogWithOutcome(browserStore, s)` in the popup.
   * When it resolves to that outcome ({ updated, dropped }), the note says whether the
   * entry was updated and how many old entries the log's cap dropped.
   */
  save: (summary: Summary) => Promise<unknown>;
  /** Opens the log page: `browser.tabs.create({ url: browser.runtime.getURL('/log.html') })`. */
  openLog: () => void;
}

type State = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; updated: boolean; dropped: number } | { kind: 'error'; message: string };

/** What a save resolved to, read defensively: any other value is a plain new save. */
function outcomeOf(value: unknown): { updated: boolean; dropped: number } {
  if (typeof value !== 'object' || value === null) return { updated: false, dropped: 0 };
  const { updated, dropped } = value as { updated?: unknown; dropped?: unknown };
  return { updated: updated === true, dropped: Array.isArray(dropped) ? dropped.length : 0 };
}

/** The note after a save: updated or saved, and the oldest entries the cap dropped, if any. */
function savedNote(updated: boolean, dropped: number): string {
  const head = updated ? 'Updated in the log.' : 'Saved to the deal log.';
  if (dropped === 0) return head;
  return `${head} The log was full: the ${dropped === 1 ? 'oldest entry was' : `${dropped} oldest entries were`} removed.`;
}

export function LogSaveButton({ summary, save, openLog }: LogSaveButtonProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const noDeal = summary.deals.length === 0;
  const saving = state.kind === 'saving';
  const onSave = (): void => {
    // Ignored while a save runs. The button is not `disabled` then: a disabled button loses focus,
    // and a keyboard user who pressed Enter on it was dropped to the top of the page.
    if (saving || noDeal) return;
    setState({ kind: 'saving' });
    save(summary).then(
      (value: unknown) => setState({ kind: 'saved', ...outcomeOf(value) }),
      (error: unknown) => setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <div class="log-save">
      <button type="button" onClick={onSave} disabled={noDeal} aria-disabled={saving ? 'true' : undefined} title={noDeal ? 'No funding round to save' : undefined}>
        {state.kind === 'saved' ? (state.updated ? 'Updated ✓' : 'Saved ✓') : 'Save to log'}
      </button>
      <button type="button" class="link" onClick={openLog}>
        Open deal log
      </button>
      <span role="status" aria-live="polite" class={state.kind === 'error' ? 'log-save-note error' : 'log-save-note'}>
        {state.kind === 'saved' ? savedNote(state.updated, state.dropped) : state.kind === 'error' ? `Could not save: ${state.message}` : ''}
      </span>
    </div>
  );
}
