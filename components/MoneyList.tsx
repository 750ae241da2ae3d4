import { withoutBidiControls } from '../utils/bidi';
import { figureContextOf } from '../utils/export';
import { formatMoney, formatNormalized } from '../utils/format';
import type { MoneyMention } from '../utils/types';
import { ShowButton } from './ShowButton';

const KIND_LABEL: Record<MoneyMention['kind'], string> = {
  round: 'round',
  valuation: 'valuation',
  'total-raised': 'total raised',
  other: 'other',
};

/** One money figure that is not already a deal's amount or valuation. */
export interface OtherMoney {
  mention: MoneyMention;
  /** Finding to scroll to, or null when it was not found on the page. */
  findingId: string | null;
}

/** The article's other money figures (revenue, market sizes, totals), collapsed by default. */
export interface MoneyListProps {
  money: OtherMoney[];
  onShow: (findingId: string) => void;
  /**
   * Shown expanded: on a page with no round the figures are what the article has, and a closed
   * box under "no funding round" hid them.
   */
  open?: boolean;
}

export function MoneyList({ money, onShow, open = false }: MoneyListProps) {
  return (
    <details class="money" open={open}>
      <summary>
        Other money figures <span class="count">{money.length}</span>
      </summary>
      <ul>
        {money.map(({ mention: m, findingId }, i) => (
          <li key={i}>
            <span class="money-figure" title={formatNormalized(m)}>
              <ShowButton label={withoutBidiControls(formatMoney(m))} findingId={findingId} onShow={onShow} />
            </span>{' '}
            <span class="tag">{KIND_LABEL[m.kind]}</span>
            {/* The figure's second line is the words around it in its sentence (the exports' context), so
                the figure is always in it: cut from the sentence's start, six figures of one long sentence
                showed the same opening words and none of them. The whole sentence is its tooltip. */}
            {/* A "sentence" that is the figure alone (a table cell, "$199 billion[6]") adds no line. */}
            {m.sentence && figureContextOf(withoutBidiControls(m.sentence), withoutBidiControls(m.text)) && (
              <span class="money-context" title={withoutBidiControls(m.sentence)}>
                {figureContextOf(withoutBidiControls(m.sentence), withoutBidiControls(m.text))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
