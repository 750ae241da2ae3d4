import { withoutBidiControls } from '../utils/bidi';
import { dealTitle, formatMoney, formatNormalized, shorten } from '../utils/format';
import type { Deal } from '../utils/types';
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
}

export function DealCard({ deal, headline, findingId, investorFindings, onShow }: DealCardProps) {
  const names = (list: string[]) =>
    list.map((name, i) => (
      <span key={name}>
        {i > 0 ? ', ' : ''}
        {/* Looked up by the name as stored (the finding's key), shown without bidi controls. */}
        <ShowButton label={withoutBidiControls(name)} findingId={investorFindings.get(name) ?? null} onShow={onShow} />
      </span>
    ));
  // Company names, dates and sentences are page text: bidi controls would reorder what the reader sees.
  const title = withoutBidiControls(dealTitle(deal));
  const kind = headline ? 'Main deal' : deal.status === 'past' ? 'Earlier round' : 'Other deal';
  return (
    <article class={headline ? 'deal deal-headline' : 'deal'} aria-label={`${kind}: ${title}`}>
      <h3 class="deal-title">
        <ShowButton label={title} findingId={findingId} onShow={onShow} />
        {headline && deal.status === 'past' && <span class="tag">earlier round</span>}
      </h3>
      <dl class="facts">
        {deal.amount && (
          <>
            <dt>Amount</dt>
            <dd class="money-figure" title={formatNormalized(deal.amount)}>{formatMoney(deal.amount)}</dd>
          </>
        )}
        {deal.valuation && (
          <>
            <dt>Valuation</dt>
            <dd title={formatNormalized(deal.valuation)}>{formatMoney(deal.valuation)}</dd>
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
