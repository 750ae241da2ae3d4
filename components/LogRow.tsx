import type { LogEntry } from '../utils/deal-log';
import { withoutBidiControls } from '../utils/bidi';
import { dealInvestorsMarked } from '../utils/export';
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

/** A deal's amount or valuation, with the writer's qualifier read in the deal's evidence ("nearly"), as the card and the CSV say it. */
function MoneyCell({ money, evidence }: { money: Money | null; evidence: readonly string[] }) {
  if (!money) return <td class="num muted">—</td>;
  return (
    <td class="num" title={formatNormalized(money)}>
      {withoutBidiControls(formatMoney(money, evidence))}
    </td>
  );
}

/** Whether `deal` is a round of the row's own company (loosely: "Acme" and "Acme Inc" are one). */
function sameCompanyAs(deal: Deal, main: Deal | null): boolean {
  const norm = (s: string | null): string => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const a = norm(deal.company);
  const b = norm(main?.company ?? null);
  return a !== '' && b !== '' && (a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `));
}

/**
 * One of a row's other rounds, as listed under "+N more rounds", called by its
 * company: "Globex — Seed · $2 million"; "(earlier round)" only for an earlier
 * round of the row's own company (a rival's round told for context is not one).
 */
export function otherRoundLine(deal: Deal, main: Deal | null = null): string {
  const amount = deal.amount ? ` · ${formatMoney(deal.amount, deal.evidence)}` : '';
  const earlier = deal.status === 'past' && (main === null || sameCompanyAs(deal, main)) ? ' (earlier round)' : '';
  return withoutBidiControls(`${dealTitle(deal)}${amount}${earlier}`);
}

/**
 * The disclosure's label: how many other rounds, and whose when they are
 * another company's ("+12 more rounds of other companies", "+3 more rounds
 * (2 of other companies)"), so a newsletter's next entry does not read as the
 * row company's own round.
 */
export function moreRoundsLabel(others: readonly Deal[], main: Deal | null): string {
  const n = others.length;
  const foreign = others.filter((d) => !sameCompanyAs(d, main)).length;
  const head = `+${n} more ${n === 1 ? 'round' : 'rounds'}`;
  if (foreign === 0) return head;
  if (foreign === n) return `${head} of ${n === 1 ? 'another company' : 'other companies'}`;
  return `${head} (${foreign} of ${foreign === 1 ? 'another company' : 'other companies'})`;
}

export function LogRow({ entry, onRemove, formatDate = defaultFormatDate }: LogRowProps) {
  const deals = Array.isArray(entry.summary.deals) ? entry.summary.deals : [];
  const deal = mainDeal(deals);
  const others = deals.filter((d) => d !== deal);
  const more = others.length;
  const investors = deal ? dealInvestorsMarked(deal) : [];
  // Page strings (company, investors, title) lose bidi controls: a stored "Jean<RLO>evil" must not show reversed.
  const text = withoutBidiControls;
  return (
    <tr data-entry-id={entry.id}>
      <th scope="row" class="company">
        {deal ? text(deal.company ?? 'Unnamed company') : <span class="muted">No funding round found</span>}
        {more > 0 && (
          // A newsletter's twelve other rounds are data too: listed on demand instead of a bare count.
          <details class="more-rounds">
            <summary>{moreRoundsLabel(others, deal)}</summary>
            <ul>
              {others.map((d, i) => (
                <li key={i}>{otherRoundLine(d, deal)}</li>
              ))}
            </ul>
          </details>
        )}
      </th>
      <td class="nowrap">{deal?.round ?? <span class="muted">—</span>}</td>
      <MoneyCell money={deal?.amount ?? null} evidence={deal?.evidence ?? []} />
      <MoneyCell money={deal?.valuation ?? null} evidence={deal?.evidence ?? []} />
      {/* Every investor of the main deal, leads first and marked: the leads alone hid who else took part. */}
      <td class="investors">{deal && investors.length > 0 ? text(investors.join(', ')) : <span class="muted">—</span>}</td>
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
