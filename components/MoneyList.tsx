import { formatMoney } from '../utils/format';
import type { MoneyMention } from '../utils/types';

const KIND_LABEL: Record<MoneyMention['kind'], string> = {
  round: 'round',
  valuation: 'valuation',
  'total-raised': 'total raised',
  other: 'other',
};

/** Every money figure in the article, collapsed by default. */
export interface MoneyListProps {
  money: MoneyMention[];
}

export function MoneyList({ money }: MoneyListProps) {
  return (
    <details class="money">
      <summary>
        Money figures <span class="count">{money.length}</span>
      </summary>
      <ul>
        {money.map((m, i) => (
          <li key={i}>
            <span class="money-figure">{formatMoney(m)}</span> <span class="tag">{KIND_LABEL[m.kind]}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
