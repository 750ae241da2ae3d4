import { CATEGORIES, findingIdForDeal, findingsOf, type Category, type CategoryVisibility } from '../utils/categories';
import type { GetSummaryResponse } from '../utils/messages';
import { ArticleHeader } from './ArticleHeader';
import { ArtifactList } from './ArtifactList';
import { DealCard } from './DealCard';
import { ExportBar } from './ExportBar';
import { HighlightLegend } from './HighlightLegend';
import { InvestorList } from './InvestorList';
import { MoneyList } from './MoneyList';
import { StatusMessage } from './StatusMessage';

/** The whole card for an analysed page. */
export interface SummaryCardProps {
  data: GetSummaryResponse;
  highlightsOn: boolean;
  visible: CategoryVisibility;
  onToggleHighlights: (enabled: boolean) => void;
  onToggleCategory: (category: Category, visible: boolean) => void;
  onShow: (findingId: string) => void;
  copy: (text: string) => Promise<void>;
}

export function SummaryCard({ data, highlightsOn, visible, onToggleHighlights, onToggleCategory, onShow, copy }: SummaryCardProps) {
  const { summary } = data;
  const anchored = new Set(data.anchoredIds);
  const ifAnchored = (id: string | null): string | null => (id && anchored.has(id) ? id : null);

  const investorFindings = new Map<string, string>();
  summary.investors.forEach((inv, i) => {
    const id = ifAnchored(`investor-${i}`);
    if (id) investorFindings.set(inv.name, id);
  });
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const f of findingsOf(summary)) if (anchored.has(f.id)) counts[f.category] += 1;

  const [headline, ...others] = summary.deals;
  const notArticle = data.status !== 'ok';

  return (
    <main class="card">
      <ArticleHeader source={summary.source} wordCount={summary.article.wordCount} />
      {notArticle ? (
        <StatusMessage tone="info" text={data.message ?? 'This page does not look like an article.'} />
      ) : (
        <>
          {headline ? (
            <section aria-labelledby="deal-heading">
              <h2 id="deal-heading" class="visually-hidden">Main deal</h2>
              <DealCard deal={headline} headline findingId={ifAnchored(findingIdForDeal(summary, 0))} investorFindings={investorFindings} onShow={onShow} />
            </section>
          ) : (
            <StatusMessage tone="info" text="No funding news found in this article." detail={summary.artifacts.length ? 'Scraping artifacts are listed below.' : null} />
          )}
          {others.length > 0 && (
            <section aria-labelledby="other-deals-heading">
              <h2 id="other-deals-heading">Other deals <span class="count">{others.length}</span></h2>
              {others.map((deal, i) => (
                <DealCard key={i + 1} deal={deal} headline={false} findingId={ifAnchored(findingIdForDeal(summary, i + 1))} investorFindings={investorFindings} onShow={onShow} />
              ))}
            </section>
          )}
          {summary.investors.length > 0 && (
            <InvestorList investors={summary.investors} findingIds={summary.investors.map((_, i) => ifAnchored(`investor-${i}`))} onShow={onShow} />
          )}
          {summary.money.length > 0 && <MoneyList money={summary.money} />}
          {summary.artifacts.length > 0 && (
            <ArtifactList artifacts={summary.artifacts} findingIds={summary.artifacts.map((_, i) => ifAnchored(`artifact-${i}`))} onShow={onShow} />
          )}
          <HighlightLegend
            enabled={highlightsOn}
            visible={visible}
            counts={counts}
            unanchored={data.unanchored}
            onToggle={onToggleHighlights}
            onToggleCategory={onToggleCategory}
          />
        </>
      )}
      <ExportBar summary={summary} copy={copy} />
    </main>
  );
}
