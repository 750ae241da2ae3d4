import type { LogEntry } from '../utils/deal-log';
import { formatMoney, formatNormalized } from '../utils/format';
import type { Deal, Money } from '../utils/types';
import { LogSourceLink } from './LogSourceLink';

/** One saved article as a table row: its main deal's facts, the save date, the source, and "Remove". */
export interface LogRowProps {
  entry: LogEntry;
  /** Asked to remove this entry (by id). */
  onRemove: (id: string) => void;
  /** Formats the save date for display (injected so tests need no locale). */
  formatDate?: (iso: string) => string;
}

/** The deal a row stands for: the first announced one (the article's main deal), else the first. */
export function mainDeal(deals: readonly Deal[]): Deal | null {
  return deals.find((d) => d.status === 'announced') ?? deals[0] ?? null;
}

export function defaultFormatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function MoneyCell({ money }: { money: Money | null }) {
  if (!money) return <td class="num muted">—</td>;
  return (
    <td class="num" title={formatNormalized(money)}>
      {formatMoney(money)}
    </td>
  );
}

export function LogRow({ entry, onRemove, formatDate = defaultFormatDate }: LogRowProps) {
  const deals = Array.isArray(entry.summary.deals) ? entry.summary.deals : [];
  const deal = mainDeal(deals);
  const more = deals.length - (deal ? 1 : 0);
  return (
    <tr data-entry-id={entry.id}>
      <th scope="row" class="company">
        {deal ? (deal.company ?? 'Unnamed company') : <span class="muted">No funding round found</span>}
        {more > 0 && <span class="tag">+{more} more {more === 1 ? 'round' : 'rounds'}</span>}
      </th>
      <td class="nowrap">{deal?.round ?? <span class="muted">—</span>}</td>
      <MoneyCell money={deal?.amount ?? null} />
      <MoneyCell money={deal?.valuation ?? null} />
      <td>{deal && deal.leadInvestors.length > 0 ? deal.leadInvestors.join(', ') : <span class="muted">—</span>}</td>
      <td>
        <time dateTime={entry.savedAt}>{formatDate(entry.savedAt)}</time>
      </td>
      <td class="source-cell">
        <LogSourceLink url={entry.url} title={entry.title} />
      </td>
      <td>
        <button type="button" class="remove" aria-label={`Remove “${entry.title}” from the log`} onClick={() => onRemove(entry.id)}>
          Remove
        </button>
      </td>
    </tr>
  );
}
