import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { exportFileName, logToCsv, logToJson, MAX_LOG_ENTRIES, type LogEntry } from '../utils/deal-log';
import { LogTable } from './LogTable';
import { LogToolbar } from './LogToolbar';

/**
 * What the log page needs from the outside world: the real one wraps
 * storage.local (entrypoints/log/main.tsx), tests pass a fake.
 */
export interface LogClient {
  /** The saved entries, newest first. */
  load(): Promise<LogEntry[]>;
  remove(id: string): Promise<void>;
  /** Puts a removed entry back (the note's "Undo"); without it no undo is offered. */
  restore?(entry: LogEntry): Promise<void>;
  clear(): Promise<void>;
  /** Calls back when the log changes elsewhere (the popup saved a deal); returns the unsubscribe. */
  subscribe?(onChange: () => void): () => void;
  /** Offers text as a file download (a Blob and an <a download>; nothing leaves the machine). */
  download(fileName: string, text: string, mimeType: string): void;
}

/** The deal log page: the table, its actions and a status line. */
export interface DealLogProps {
  client: LogClient;
  /** Save-date formatter (tests pass a fixed one). */
  formatDate?: (iso: string) => string;
  /** The clock, for export file names. */
  now?: () => Date;
}

type Status = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

export function DealLog({ client, formatDate, now = () => new Date() }: DealLogProps) {
  const [entries, setEntries] = useState<LogEntry[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [note, setNote] = useState('');
  // The entry just removed, for the note's "Undo" (cleared by any other action).
  const [undoable, setUndoable] = useState<LogEntry | null>(null);
  // Where keyboard focus goes once the table has re-rendered: a row's Remove button (by entry id) or the heading.
  const focusTarget = useRef<{ id: string | null } | null>(null);
  const pageRef = useRef<HTMLElement>(null);

  const reload = useCallback(async () => {
    try {
      setEntries(await client.load());
      setStatus({ kind: 'ready' });
    } catch (error) {
      setStatus({ kind: 'error', message: `Could not read the deal log: ${reason(error)}` });
    }
  }, [client]);

  useEffect(() => {
    void reload();
    return client.subscribe?.(() => void reload());
  }, [client, reload]);

  // Removing the focused row's button would drop focus to the page's top: move it to the next row's
  // Remove (the previous one for the last row, the heading when the log is empty), as a list editor does.
  useEffect(() => {
    const target = focusTarget.current;
    const page = pageRef.current;
    if (!target || !page) return;
    const row = target.id === null ? null : [...page.querySelectorAll<HTMLElement>('tr[data-entry-id]')].find((tr) => tr.dataset.entryId === target.id);
    const button = row?.querySelector<HTMLButtonElement>('button.remove') ?? null;
    if (target.id !== null && !button) return;
    focusTarget.current = null;
    (button ?? page.querySelector<HTMLElement>('#log-title'))?.focus();
  }, [entries]);

  const onRemove = async (id: string): Promise<void> => {
    const at = entries.findIndex((e) => e.id === id);
    const removed = entries[at];
    const next = entries[at + 1] ?? entries[at - 1] ?? null;
    try {
      await client.remove(id);
      focusTarget.current = { id: next?.id ?? null };
      setEntries((list) => list.filter((e) => e.id !== id));
      setUndoable(removed && client.restore ? removed : null);
      setNote(removed ? `Removed “${removed.title}”.` : 'Removed.');
    } catch (error) {
      setUndoable(null);
      setNote(`Could not remove it: ${reason(error)}`);
    }
  };

  const onUndo = async (): Promise<void> => {
    const entry = undoable;
    if (!entry || !client.restore) return;
    try {
      await client.restore(entry);
      setUndoable(null);
      focusTarget.current = { id: entry.id };
      setEntries((list) => (list.some((e) => e.id === entry.id) ? list : [...list, entry].sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt))));
      setNote(`Put “${entry.title}” back.`);
    } catch (error) {
      setNote(`Could not put it back: ${reason(error)}`);
    }
  };

  const onClear = async (): Promise<void> => {
    try {
      await client.clear();
      setUndoable(null);
      setEntries([]);
      setNote('The deal log is empty.');
    } catch (error) {
      setNote(`Could not clear the log: ${reason(error)}`);
    }
  };

  const onExport = (format: 'csv' | 'json'): void => {
    try {
      const text = format === 'csv' ? logToCsv(entries) : logToJson(entries);
      client.download(exportFileName(format, now()), text, format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json');
      setUndoable(null);
      setNote(`Exported ${entries.length} ${entries.length === 1 ? 'article' : 'articles'} as ${format.toUpperCase()}.`);
    } catch (error) {
      setNote(`Could not export: ${reason(error)}`);
    }
  };

  return (
    <main class="log-page" aria-labelledby="log-title" ref={pageRef}>
      <header class="log-header">
        <h1 id="log-title" tabIndex={-1}>
          <span class="logo" aria-hidden="true" /> Roundup deal log
        </h1>
        <LogToolbar count={entries.length} onExport={onExport} onClear={onClear} />
      </header>
      {status.kind === 'loading' && <p class="muted" role="status">Loading…</p>}
      {status.kind === 'error' && (
        <p class="status status-error" role="alert">
          {status.message}
        </p>
      )}
      {status.kind === 'ready' && entries.length === 0 && (
        <p class="empty">No saved deals yet. Open Roundup on a funding article and choose “Save to log”.</p>
      )}
      {entries.length >= MAX_LOG_ENTRIES && (
        <p class="note cap-note">
          The log keeps the newest {MAX_LOG_ENTRIES} articles: saving another drops the oldest. Export it to keep older ones.
        </p>
      )}
      {entries.length > 0 && <LogTable entries={entries} onRemove={(id) => void onRemove(id)} formatDate={formatDate} />}
      <p class="note" role="status" aria-live="polite">
        {note}
        {undoable && (
          <>
            {' '}
            <button type="button" class="link undo" onClick={() => void onUndo()}>
              Undo
            </button>
          </>
        )}
      </p>
    </main>
  );
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)) || 'unknown error';
}
