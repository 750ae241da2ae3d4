import { LogClearButton } from './LogClearButton';

/** The log's actions: export as CSV or JSON, and clear (with confirmation). */
export interface LogToolbarProps {
  /** Saved articles; exports and clearing are disabled when there are none. */
  count: number;
  onExport: (format: 'csv' | 'json') => void;
  onClear: () => Promise<void> | void;
}

export function LogToolbar({ count, onExport, onClear }: LogToolbarProps) {
  const empty = count === 0;
  return (
    <div class="toolbar" role="toolbar" aria-label="Deal log actions">
      <button type="button" disabled={empty} onClick={() => onExport('csv')}>
        Export CSV
      </button>
      <button type="button" disabled={empty} onClick={() => onExport('json')}>
        Export JSON
      </button>
      <LogClearButton count={count} onConfirm={onClear} />
    </div>
  );
}
