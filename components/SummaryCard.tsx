import { CATEGORIES, findingIdForDeal, findingsOf, type Category, type CategoryVisibility } from '../utils/categories';
import type { CopyKind } from '../utils/settings';
import type { GetSummaryResponse } from '../utils/messages';
import type { Deal, Summary } from '../utils/types';
import { ArticleHeader } from './ArticleHeader';
import { ArtifactList } from './ArtifactList';
import { DealCard } from './DealCard';
import { ExportBar } from './ExportBar';
import { HighlightLegend } from './HighlightLegend';
import { InvestorList } from './InvestorList';
import { LogSaveButton } from './LogSaveButton';
import { MoneyList, type OtherMoney } from './MoneyList';
import { RoundsOverview } from './RoundsOverview';
import { StatusMessage } from './StatusMessage';

/** The whole card for an analysed page. */
export interface SummaryCardProps {
  data: GetSummaryResponse;
  /** The tab's on/off; null while not known (the switch is shown pending, never a guess). */
  highlightsOn: boolean | null;
  visible: CategoryVisibility;
  onToggleHighlights: (enabled: boolean) => void;
  onToggleCategory: (category: Category, visible: boolean) => void;
  onShow: (findingId: string) => void;
  /** The options page's default export format (the primary copy button). */
  exportFormat: CopyKind;
  copy: (text: string) => Promise<void>;
  /** The article's paragraphs of this card's analysis, for the clean copy (asked at the click). */
  loadParagraphs: () => Promise<string[]>;
  copyRich: (html: string, text: string) => Promise<void>;
  saveToLog: (summary: Summary) => Promise<unknown>;
  openLog: () => void;
  /** Reads the page again and replaces this card (Retry on a refusal, "Read again" on a changed page). */
  onReadAgain: () => void;
}

/**
 * Why a page that shows an article can still have none for Roundup (review F4: a srcdoc iframe, a closed
 * shadow root). A web component's open shadow root is read (utils/shadow.ts); a closed one is no script's
 * to read, and a frame is another document (see the README).
 */
export const NOT_FOUND_HINT = 'If the page shows an article, it may be inside an embedded frame or a closed component, which Roundup cannot read.';

/** The reader's sentence for a page Roundup did not read, and whether asking again may help. */
export function refusalStatus(data: Pick<GetSummaryResponse, 'status' | 'message' | 'retryable'>): { text: string; detail: string | null; retry: boolean } {
  const message = data.message ?? 'This page does not look like an article.';
  if (data.status === 'not-article') {
    // Said for a reader, not in the extractor's terms ("Readability found no article text"). Roundup reads
    // the top frame's own DOM and its open shadow roots: an article in an iframe or a closed shadow root is not in it (review F4).
    return { text: 'No article text found on this page.', detail: /readability/i.test(message) ? NOT_FOUND_HINT : message, retry: false };
  }
  // A reading that ran out of time (a busy computer) or failed may succeed later: the Retry button
  // replaces the old "Open Roundup again to retry" advice. A page too large never will.
  const retry = data.retryable === true || data.status === 'error';
  return { text: retry ? message.replace(/\s*Open Roundup again to retry\.?\s*$/, '') : message, detail: null, retry };
}

/**
 * The card's sentence for an article with no funding round. The exports say "No funding round
 * found." (utils/export.ts): the same words, so the card and a pasted summary never disagree.
 */
export const NO_ROUND_TEXT = 'No funding round found in this article.';

/** The heading over past rounds of companies other than the main one ("Other rounds mentioned: Megvii — Series C"). */
export const OTHER_ROUNDS_HEADING = 'Other rounds mentioned';

// Company names are compared loosely: a deal may name "SenseTime" where the main one says "SenseTime Group Ltd".
const companyKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Whether two deals are rounds of the same company (an unnamed company is taken as the main one's: the article's subject). */
export function sameCompany(a: Deal, b: Deal): boolean {
  if (!a.company || !b.company) return true;
  const x = companyKey(a.company);
  const y = companyKey(b.company);
  if (!x || !y) return true;
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

/**
 * A note for a page in a language Roundup does not read (it reads English and French): a Czech
 * page said only "no funding news found", which read as "this article has none". Null for English,
 * French or an unknown language.
 */
export function languageNote(lang: string | null | undefined): string | null {
  const code = (lang ?? '').trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  if (!/^[a-z]{2,3}$/.test(code) || code === 'en' || code === 'fr' || code === 'eng' || code === 'fra' || code === 'fre') return null;
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
  } catch {
    name = undefined;
  }
  const which = name && name.toLowerCase() !== code ? `in ${name}` : `marked as “${code}”`;
  return `Roundup reads English and French articles: this page is ${which}, so its figures may be missed.`;
}

export function SummaryCard(props: SummaryCardProps) {
  const { data, highlightsOn, visible, onToggleHighlights, onToggleCategory, onShow } = props;
  const { summary } = data;
  const anchored = new Set(data.anchoredIds);
  const ifAnchored = (id: string | null): string | null => (id && anchored.has(id) ? id : null);

  const investorFindings = new Map<string, string>();
  summary.investors.forEach((inv, i) => {
    const id = ifAnchored(`investor-${i}`);
    if (id) investorFindings.set(inv.name, id);
  });
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const findings = findingsOf(summary);
  for (const f of findings) if (anchored.has(f.id)) counts[f.category] += 1;
  // Money figures that are not a deal's amount or valuation get a finding of their own ("money-i").
  const otherMoney: OtherMoney[] = findings
    .filter((f) => f.id.startsWith('money-'))
    .flatMap((f) => {
      const mention = summary.money[Number(f.id.slice('money-'.length))];
      return mention && mention.kind !== 'round' && mention.kind !== 'valuation' ? [{ mention, findingId: ifAnchored(f.id) }] : [];
    });

  // The main deal first, then earlier rounds, then other announced deals (keeping each deal's index for its finding).
  const [headline, ...others] = summary.deals;
  const indexed = others.map((deal, i) => ({ deal, index: i + 1 }));
  // A past round of another company (a rival's, told for comparison) is context about someone else,
  // never the main company's history: it gets its own section, under its own name.
  const earlier = indexed.filter((d) => d.deal.status === 'past' && (!headline || sameCompany(d.deal, headline)));
  const otherPast = indexed.filter((d) => d.deal.status === 'past' && headline && !sameCompany(d.deal, headline));
  const alongside = indexed.filter((d) => d.deal.status !== 'past');
  // A page announcing several rounds (a roundup, a newsletter) says so at the top, with a list to jump to each.
  const announced = summary.deals.map((deal, index) => ({ deal, index })).filter((d) => d.deal.status === 'announced');
  const dealDomId = (index: number): string => `deal-${index}`;
  const selectDeal = (index: number): void => {
    const el = document.getElementById(dealDomId(index));
    if (!el) return;
    el.scrollIntoView?.({ block: 'start' });
    el.focus();
  };
  const multi = announced.length > 1;
  const langNote = languageNote(summary.source.lang);
  const notArticle = data.status !== 'ok';
  const refusal = refusalStatus(data);
  const dealList = (list: Array<{ deal: Deal; index: number }>, kind?: string) =>
    list.map(({ deal, index }) => (
      <DealCard
        key={index}
        deal={deal}
        headline={false}
        kind={kind}
        domId={multi ? dealDomId(index) : undefined}
        findingId={ifAnchored(findingIdForDeal(summary, index))}
        investorFindings={investorFindings}
        onShow={onShow}
      />
    ));
  // With no round, the other figures are what the article has: open, and said plainly.
  const below = [
    otherMoney.length ? `${otherMoney.length} other money figure${otherMoney.length === 1 ? '' : 's'}` : null,
    summary.artifacts.length ? `${summary.artifacts.length} scraping artifact${summary.artifacts.length === 1 ? '' : 's'}` : null,
  ].filter((x): x is string => !!x);
  const noRoundDetail = below.length ? `Below: ${below.join(' and ')}.` : '';

  return (
    <main class="card">
      <ArticleHeader source={summary.source} wordCount={summary.article.wordCount} />
      {langNote && <StatusMessage tone="info" text={langNote} />}
      {/* A reading that is only part of the page (the first 100,000 characters of a very long one) says so: its card may miss what comes later. */}
      {!notArticle && data.message && <StatusMessage tone="info" text={data.message} />}
      {notArticle ? (
        <StatusMessage tone="info" text={refusal.text} detail={refusal.detail} action={refusal.retry ? { label: 'Retry', onClick: props.onReadAgain } : null} />
      ) : (
        <>
          {multi && <RoundsOverview rounds={announced} onSelect={selectDeal} />}
          {headline ? (
            <section aria-labelledby="deal-heading">
              <h2 id="deal-heading" class="visually-hidden">Main deal</h2>
              <DealCard deal={headline} headline domId={multi ? dealDomId(0) : undefined} findingId={ifAnchored(findingIdForDeal(summary, 0))} investorFindings={investorFindings} onShow={onShow} />
            </section>
          ) : (
            <StatusMessage tone="info" text={NO_ROUND_TEXT} detail={noRoundDetail || null} />
          )}
          {headline && <LogSaveButton summary={summary} save={props.saveToLog} openLog={props.openLog} />}
          {data.pageChanged && (
            // The page changed after this reading (a live ticker, more paragraphs loaded): the card, its
            // exports and "Save to log" are that reading; the user decides whether to read the page again.
            // Said under the main deal and its Save button, so the deal's essentials stay in the first screen.
            <StatusMessage tone="warning" text="This page changed after Roundup read it: the card shows the page as it was." action={{ label: 'Read again', onClick: props.onReadAgain }} />
          )}
          {earlier.length > 0 && (
            <section aria-labelledby="earlier-heading">
              <h2 id="earlier-heading">Earlier rounds <span class="count">{earlier.length}</span></h2>
              {dealList(earlier)}
            </section>
          )}
          {otherPast.length > 0 && (
            <section aria-labelledby="other-rounds-heading">
              <h2 id="other-rounds-heading">
                {OTHER_ROUNDS_HEADING} <span class="count">{otherPast.length}</span>
              </h2>
              {dealList(otherPast, 'Other round mentioned')}
            </section>
          )}
          {alongside.length > 0 && (
            <section aria-labelledby="other-deals-heading">
              <h2 id="other-deals-heading">Other deals <span class="count">{alongside.length}</span></h2>
              {dealList(alongside)}
            </section>
          )}
          {summary.investors.length > 0 && (
            <InvestorList investors={summary.investors} deals={summary.deals} findingIds={summary.investors.map((_, i) => ifAnchored(`investor-${i}`))} onShow={onShow} />
          )}
          {otherMoney.length > 0 && <MoneyList money={otherMoney} onShow={onShow} open={!headline} />}
          {summary.artifacts.length > 0 && (
            <ArtifactList artifacts={summary.artifacts} findingIds={summary.artifacts.map((_, i) => ifAnchored(`artifact-${i}`))} onShow={onShow} />
          )}
          <HighlightLegend
            enabled={highlightsOn}
            visible={visible}
            counts={counts}
            unanchored={data.unanchored}
            redraw={data.redraw}
            removedByPage={data.removedByPage}
            onToggle={onToggleHighlights}
            onToggleCategory={onToggleCategory}
          />
        </>
      )}
      {/* A page Roundup did not read (not an article, too large, too deep, timed out) has nothing to
          export: copies of it would look like results (an empty CSV, "isArticle: false"). The status
          sentence above says why; the command line keeps its own wording for such a page. */}
      {!notArticle && (
        <ExportBar summary={summary} loadParagraphs={props.loadParagraphs} primary={props.exportFormat} copy={props.copy} copyRich={props.copyRich} />
      )}
    </main>
  );
}
