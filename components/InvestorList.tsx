import type { Investor } from '../utils/types';
import { ShowButton } from './ShowButton';

/** Every named investor once, leads first. */
export interface InvestorListProps {
  investors: Investor[];
  /** Finding id per investor index, for those found on the page. */
  findingIds: Array<string | null>;
  onShow: (findingId: string) => void;
}

export function InvestorList({ investors, findingIds, onShow }: InvestorListProps) {
  const order = investors.map((inv, i) => ({ inv, i })).sort((a, b) => Number(b.inv.role === 'lead') - Number(a.inv.role === 'lead'));
  return (
    <section aria-labelledby="investors-heading">
      <h2 id="investors-heading">Investors <span class="count">{investors.length}</span></h2>
      <ul class="investors">
        {order.map(({ inv, i }) => (
          <li key={`${inv.name}-${i}`}>
            <ShowButton label={inv.name} findingId={findingIds[i] ?? null} onShow={onShow} />
            {inv.role === 'lead' && <span class="tag tag-lead">lead</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
