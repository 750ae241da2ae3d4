import { useCallback, useEffect, useState } from 'preact/hooks';
import { exportFileName, logToCsv, logToJson, type LogEntry } from '../utils/deal-log';
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

  const onRemove = async (id: string): Promise<void> => {
    const removed = entries.find((e) => e.id === id);
    try {
      await client.remove(id);
      setEntries((list) => list.filter((e) => e.id !== id));
      setNote(removed ? `Removed “${removed.title}”.` : 'Removed.');
    } catch (error) {
      setNote(`Could not remove it: ${reason(error)}`);
    }
  };

  const onClear = async (): Promise<void> => {
    try {
      await client.clear();
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
      setNote(`Exported ${entries.length} ${entries.length === 1 ? 'article' : 'articles'} as ${format.toUpperCase()}.`);
    } catch (error) {
      setNote(`Could not export: ${reason(error)}`);
    }
  };

  return (
    <main class="log-page" aria-labelledby="log-title">
      <header class="log-header">
        <h1 id="log-title">
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
      {entries.length > 0 && <LogTable entries={entries} onRemove={(id) => void onRemove(id)} formatDate={formatDate} />}
      <p class="note" role="status" aria-live="polite">
        {note}
      </p>
    </main>
  );
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)) || 'unknown error';
}
