import { withoutBidiControls } from '../utils/bidi';
import { formatMoney } from '../utils/format';
import type { Deal } from '../utils/types';

/**
 * The top of a card for a page that announces several rounds (a weekly roundup,
 * a newsletter): how many, and one compact line per round. Without it the first
 * deal filled the first screen of a 10-deal roundup with no sign of the other 9.
 */
export interface RoundsOverviewProps {
  /** The announced deals, in the summary's order (the main one first), each with its index in `summary.deals`. */
  rounds: Array<{ deal: Deal; index: number }>;
  /** Brings the deal's own card (full details) into view and gives it focus. */
  onSelect: (index: number) => void;
}

/** "Databricks · $10-billion · Series J": company, amount, round, each only when known (page text, bidi-free). */
export function roundLine(deal: Deal): string {
  // The writer's qualifier from the deal's evidence ("nearly $5 million"), as on the deal's card and in the exports.
  return [deal.company ?? 'Unnamed company', deal.amount ? formatMoney(deal.amount, deal.evidence) : null, deal.round]
    .filter((x): x is string => !!x)
    .map(withoutBidiControls)
    .join(' · ');
}

export function RoundsOverview({ rounds, onSelect }: RoundsOverviewProps) {
  return (
    <section class="rounds-overview" aria-labelledby="rounds-overview-heading">
      <h2 id="rounds-overview-heading">
        {rounds.length} rounds in this article
      </h2>
      {/* Buttons, not links: each moves focus to a card in this popup (keyboard reachable, Enter or Space). */}
      <ol class="rounds-list">
        {rounds.map(({ deal, index }) => (
          <li key={index}>
            <button type="button" class="round-pick" onClick={() => onSelect(index)}>
              {roundLine(deal)}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
