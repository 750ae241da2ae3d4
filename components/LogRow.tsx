import type { LogEntry } from '../utils/deal-log';
import { withoutBidiControls } from '../utils/bidi';
import { dealTitle, formatMoney, formatNormalized } from '../utils/format';
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

/** One of a row's other rounds, as listed under "+N more rounds": "Globex — Seed · $2 million (earlier round)". */
export function otherRoundLine(deal: Deal): string {
  const amount = deal.amount ? ` · ${formatMoney(deal.amount)}` : '';
  return withoutBidiControls(`${dealTitle(deal)}${amount}${deal.status === 'past' ? ' (earlier round)' : ''}`);
}

export function LogRow({ entry, onRemove, formatDate = defaultFormatDate }: LogRowProps) {
  const deals = Array.isArray(entry.summary.deals) ? entry.summary.deals : [];
  const deal = mainDeal(deals);
  const others = deals.filter((d) => d !== deal);
  const more = others.length;
  // Page strings (company, investors, title) lose bidi controls: a stored "Jean<RLO>evil" must not show reversed.
  const text = withoutBidiControls;
  return (
    <tr data-entry-id={entry.id}>
      <th scope="row" class="company">
        {deal ? text(deal.company ?? 'Unnamed company') : <span class="muted">No funding round found</span>}
        {more > 0 && (
          // A newsletter's twelve other rounds are data too: listed on demand instead of a bare count.
          <details class="more-rounds">
            <summary>
              +{more} more {more === 1 ? 'round' : 'rounds'}
            </summary>
            <ul>
              {others.map((d, i) => (
                <li key={i}>{otherRoundLine(d)}</li>
              ))}
            </ul>
          </details>
        )}
      </th>
      <td class="nowrap">{deal?.round ?? <span class="muted">—</span>}</td>
      <MoneyCell money={deal?.amount ?? null} />
      <MoneyCell money={deal?.valuation ?? null} />
      <td class="leads">{deal && deal.leadInvestors.length > 0 ? text(deal.leadInvestors.join(', ')) : <span class="muted">—</span>}</td>
      <td class="saved">
        <time dateTime={entry.savedAt}>{formatDate(entry.savedAt)}</time>
      </td>
      <td class="source-cell">
        <LogSourceLink url={entry.url} title={text(entry.title)} />
      </td>
      <td class="actions">
        <button type="button" class="remove" aria-label={`Remove “${text(entry.title)}” from the log`} onClick={() => onRemove(entry.id)}>
          Remove
        </button>
      </td>
    </tr>
  );
}
