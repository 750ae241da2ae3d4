import { withoutBidiControls } from '../utils/bidi';
import { dealTitle, formatMoney, formatNormalized, shorten } from '../utils/format';
import type { Deal, Money } from '../utils/types';
import { ShowButton } from './ShowButton';

/** One funding round: the headline deal in full, or an earlier round compactly. */
export interface DealCardProps {
  deal: Deal;
  /** The article's main deal gets the big card. */
  headline: boolean;
  /** Finding to scroll to for the deal (its amount, else valuation, else lead), or null. */
  findingId: string | null;
  /** Finding id of each named investor, by name (only those found on the page). */
  investorFindings: Map<string, string>;
  onShow: (findingId: string) => void;
  /**
   * What the card is, for its accessible name ("Earlier round", "Other round mentioned"); by default
   * it follows `headline` and the deal's status. Another company's past round is not an earlier
   * round of the main company, and only the card's caller knows the main company.
   */
  kind?: string;
  /** An id for the card, so the rounds overview can bring it into view and focus it. */
  domId?: string;
}

/**
 * A deal's amount or valuation as the card shows it: with the writer's own qualifier, read in the
 * deal's evidence, as every export says it ("nearly 5 million euros"). Without the evidence the
 * card fell back on the contract's category and said "less than 5 million euros" for "nearly",
 * while a pasted summary of the same card said "nearly". Page text, bidi-free.
 */
export function dealMoney(money: Money, deal: Pick<Deal, 'evidence'>): string {
  return withoutBidiControls(formatMoney(money, deal.evidence));
}

export function DealCard({ deal, headline, findingId, investorFindings, onShow, kind: kindProp, domId }: DealCardProps) {
  const names = (list: string[]) =>
    list.map((name, i) => (
      <span key={name}>
        {/* Looked up by the name as stored (the finding's key), shown without bidi controls. The comma
            goes with the name before it (inside its button), so a wrapped line never starts with one. */}
        <ShowButton label={withoutBidiControls(name)} findingId={investorFindings.get(name) ?? null} onShow={onShow} suffix={i < list.length - 1 ? ',' : undefined} />
        {i < list.length - 1 ? ' ' : ''}
      </span>
    ));
  // Company names, dates and sentences are page text: bidi controls would reorder what the reader sees.
  const title = withoutBidiControls(dealTitle(deal));
  const kind = kindProp ?? (headline ? 'Main deal' : deal.status === 'past' ? 'Earlier round' : 'Other deal');
  return (
    // tabIndex -1 (with an id): the rounds overview moves focus here; it is not a tab stop of its own.
    <article class={headline ? 'deal deal-headline' : 'deal'} aria-label={`${kind}: ${title}`} id={domId} tabIndex={domId ? -1 : undefined}>
      <h3 class="deal-title">
        <ShowButton label={title} findingId={findingId} onShow={onShow} />
        {headline && deal.status === 'past' && <span class="tag">earlier round</span>}
      </h3>
      <dl class="facts">
        {deal.amount && (
          <>
            <dt>Amount</dt>
            <dd class="money-figure" title={formatNormalized(deal.amount)}>{dealMoney(deal.amount, deal)}</dd>
          </>
        )}
        {deal.valuation && (
          <>
            <dt>Valuation</dt>
            <dd title={formatNormalized(deal.valuation)}>{dealMoney(deal.valuation, deal)}</dd>
          </>
        )}
        {deal.leadInvestors.length > 0 && (
          <>
            <dt>Led by</dt>
            <dd>{names(deal.leadInvestors)}</dd>
          </>
        )}
        {deal.investors.length > 0 && (
          <>
            <dt>With</dt>
            <dd>{names(deal.investors)}</dd>
          </>
        )}
        {deal.date && (
          <>
            <dt>Date</dt>
            <dd>{withoutBidiControls(deal.date)}</dd>
          </>
        )}
      </dl>
      {headline && deal.evidence.length > 0 && (
        <details class="evidence">
          <summary>
            From the article <span class="count">{deal.evidence.length}</span>
          </summary>
          <ul>
            {deal.evidence.map((sentence, i) => (
              <li key={i}>{shorten(withoutBidiControls(sentence), 220)}</li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
