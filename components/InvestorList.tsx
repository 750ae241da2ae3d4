import { withoutBidiControls } from '../utils/bidi';
import { orderedInvestorRows } from '../utils/investor-roles';
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

export function InvestorList({ investors, deals, findingIds, onShow }: InvestorListProps) {
  const order = orderedInvestorRows(investors, deals);
  return (
    <section aria-labelledby="investors-heading">
      <h2 id="investors-heading">Investors <span class="count">{investors.length}</span></h2>
      <ul class="investors">
        {order.map(({ investor: inv, index: i, tags }) => (
          <li key={`${inv.name}-${i}`}>
            <ShowButton label={withoutBidiControls(inv.name)} findingId={findingIds[i] ?? null} onShow={onShow} />
            {tags.map((t) => (
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
