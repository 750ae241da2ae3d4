import { withoutBidiControls } from '../utils/bidi';
import { orderedInvestorRows, type InvestorRoleTag, type InvestorRow } from '../utils/investor-roles';
import type { Deal, Investor } from '../utils/types';
import { ShowButton } from './ShowButton';

/** Every named investor once, the main deal's leads first, each with its role in each deal it took part in. */
export interface InvestorListProps {
  investors: Investor[];
  /**
   * The summary's deals (the main one first). With them each investor's role is
   * told per deal; without them only the summary-wide `role` is known, and a
   * lead of an earlier round would read as a lead of this one.
   */
  deals?: Deal[];
  /** Finding id per investor index, for those found on the page. */
  findingIds: Array<string | null>;
  onShow: (findingId: string) => void;
}

/**
 * The tags the card shows for one investor: its role tags, with "participant" first for a
 * participant of the main deal that also has a role in another deal. A plain name means "in this
 * round"; but a name tagged only "earlier round" read as "not in this round", though it joined both
 * (the exports said "participant; earlier round"). Same words as investorRoleWords.
 */
export function cardTags(row: InvestorRow, deals: readonly Deal[] | undefined): InvestorRoleTag[] {
  const inMainDeal = !!deals && row.investor.deals.includes(0);
  if (!inMainDeal || row.tags.length === 0 || row.tags.some((t) => t.mainLead)) return row.tags;
  return [{ text: 'participant', mainLead: false }, ...row.tags];
}

export function InvestorList({ investors, deals, findingIds, onShow }: InvestorListProps) {
  const order = orderedInvestorRows(investors, deals);
  return (
    <section aria-labelledby="investors-heading">
      <h2 id="investors-heading">Investors <span class="count">{investors.length}</span></h2>
      <ul class="investors">
        {order.map((row) => (
          <li key={`${row.investor.name}-${row.index}`}>
            <ShowButton label={withoutBidiControls(row.investor.name)} findingId={findingIds[row.index] ?? null} onShow={onShow} />
            {cardTags(row, deals).map((t) => (
              <span key={t.text} class={t.mainLead ? 'tag tag-lead' : 'tag'}>
                {t.text}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
