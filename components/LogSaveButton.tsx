import { useState } from 'preact/hooks';
import type { Summary } from '../utils/types';

/**
 * "Save to log" for the popup: stores the summary in the deal log (saving the
 * same article again replaces its entry) and offers to open the log.
 */
export interface LogSaveButtonProps {
  summary: Summary;
  /** Stores the summary: `(s) => saveToLog(browserStore, s)` in the popup. */
  save: (summary: Summary) => Promise<unknown>;
  /** Opens the log page: `browser.tabs.create({ url: browser.runtime.getURL('/log.html') })`. */
  openLog: () => void;
}

type State = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export function LogSaveButton({ summary, save, openLog }: LogSaveButtonProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const noDeal = summary.deals.length === 0;
  const onSave = (): void => {
    setState({ kind: 'saving' });
    save(summary).then(
      () => setState({ kind: 'saved' }),
      (error: unknown) => setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <div class="log-save">
      <button type="button" onClick={onSave} disabled={noDeal || state.kind === 'saving'} title={noDeal ? 'No funding round to save' : undefined}>
        {state.kind === 'saved' ? 'Saved ✓' : 'Save to log'}
      </button>
      <button type="button" class="link" onClick={openLog}>
        Open deal log
      </button>
      <span role="status" aria-live="polite" class={state.kind === 'error' ? 'log-save-note error' : 'log-save-note'}>
        {state.kind === 'saved' ? 'Saved to the deal log.' : state.kind === 'error' ? `Could not save: ${state.message}` : ''}
      </span>
    </div>
  );
}
