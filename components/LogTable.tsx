import type { LogEntry } from '../utils/deal-log';
import { LogRow } from './LogRow';

/** The saved deals as an accessible table (caption, column headers, a row header per article). */
export interface LogTableProps {
  entries: readonly LogEntry[];
  onRemove: (id: string) => void;
  formatDate?: (iso: string) => string;
}

/** 'Investors' lists every investor of the row's main deal, its leads marked "(lead)". */
export const LOG_COLUMNS = ['Company', 'Round', 'Amount', 'Valuation', 'Investors', 'Saved', 'Source', 'Actions'] as const;

/** A class per column ("col-source"), so the page's CSS gives each a share of the width. */
export const logColumnClass = (column: (typeof LOG_COLUMNS)[number]): string => `col-${column.toLowerCase().replace(/\s+/g, '-')}`;

export function LogTable({ entries, onRemove, formatDate }: LogTableProps) {
  return (
    <div class="table-wrap">
      <table class="log-table">
        <caption class="visually-hidden">Saved deals, newest first</caption>
        {/* Widths per column: without them the table squeezed the titles into ~65 px (see style.css). */}
        <colgroup>
          {LOG_COLUMNS.map((c) => (
            <col key={c} class={logColumnClass(c)} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {LOG_COLUMNS.map((c) => (
              <th key={c} scope="col">
                {c === 'Actions' ? <span class="visually-hidden">{c}</span> : c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <LogRow key={entry.id} entry={entry} onRemove={onRemove} formatDate={formatDate} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
