/**
 * What the extension highlights on a page: the finding categories (label and
 * colour each) and the list of findings read off a Summary. Shared by the
 * content script (which anchors and paints them) and the popup (which draws
 * the legend and asks the page to scroll to one). Pure: no DOM, no browser.*.
 */
import { copyCount } from './artifacts/copies';
import { ARTIFACT_LABELS, dealTitle } from './format';
import type { Deal, Money, Summary } from './types';

export const CATEGORIES = ['round', 'valuation', 'money', 'lead', 'investor', 'artifact'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface CategoryStyle {
  label: string;
  /** Translucent fill: the page's own text colour stays readable on light and dark pages. */
  fill: string;
  /** Solid colour for the underline and the legend swatch. */
  line: string;
  /**
   * The underline's style and thickness (px), shared by the page and the legend swatch. Lead and
   * investor highlights had the same solid 2 px line in two close ambers: on a dark page the two
   * could not be told apart. A lead is underlined twice (double), an investor with dashes, so the
   * two kinds differ by shape, not by colour alone.
   */
  lineStyle: 'solid' | 'double' | 'dashed' | 'dotted';
  lineWidth: number;
}

export const CATEGORY_STYLES: Record<Category, CategoryStyle> = {
  round: { label: 'Round amount', fill: 'rgba(34, 197, 94, 0.30)', line: '#15803d', lineStyle: 'solid', lineWidth: 2 },
  valuation: { label: 'Valuation', fill: 'rgba(59, 130, 246, 0.28)', line: '#1d4ed8', lineStyle: 'solid', lineWidth: 2 },
  money: { label: 'Other money', fill: 'rgba(148, 163, 184, 0.35)', line: '#475569', lineStyle: 'solid', lineWidth: 2 },
  lead: { label: 'Lead investor', fill: 'rgba(245, 158, 11, 0.35)', line: '#b45309', lineStyle: 'double', lineWidth: 3 },
  investor: { label: 'Investor', fill: 'rgba(250, 204, 21, 0.30)', line: '#a16207', lineStyle: 'dashed', lineWidth: 2 },
  artifact: { label: 'Scraping artifact', fill: 'rgba(239, 68, 68, 0.22)', line: '#b91c1c', lineStyle: 'solid', lineWidth: 2 },
};

export type CategoryVisibility = Record<Category, boolean>;

export const ALL_VISIBLE: CategoryVisibility = {
  round: true, valuation: true, money: true, lead: true, investor: true, artifact: true,
};

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

/** One thing to find on the page. */
export interface Finding {
  /** Stable for one summary: "deal-0-amount", "investor-2", "artifact-1", "money-4". */
  id: string;
  category: Category;
  /** Exact text from the article. */
  text: string;
  /** The sentence it was read in, to tell repeated text apart; null when any occurrence will do. */
  context: string | null;
  /** Highlight every occurrence (names), not just the one in `context`. */
  everywhere: boolean;
  /** Highlight every occurrence in the article, inside words too: an artifact standing for every copy of its excerpt (copyCount). */
  copies?: boolean;
  /** The tooltip line: "Round amount — SenseTime, Series C". */
  label: string;
}

/** Every finding of a summary, in reading priority (deals first). */
export function findingsOf(summary: Summary): Finding[] {
  const out: Finding[] = [];
  const seenMoney = new Set<string>();
  const moneyKey = (text: string, context: string | null): string => `${text}\u0000${context ?? ''}`;

  summary.deals.forEach((deal, i) => {
    const name = dealName(deal);
    const add = (money: Money | null, part: 'amount' | 'valuation', category: Category, what: string): void => {
      if (!money?.text) return;
      const context = contextFor(money.text, deal.evidence, summary);
      seenMoney.add(moneyKey(money.text, context));
      out.push({ id: `deal-${i}-${part}`, category, text: money.text, context, everywhere: false, label: `${what} — ${name}` });
    };
    add(deal.amount, 'amount', 'round', deal.status === 'past' ? 'Earlier round' : 'Round amount');
    add(deal.valuation, 'valuation', 'valuation', 'Valuation');
  });

  summary.investors.forEach((investor, i) => {
    if (!investor.name) return;
    const lead = investor.role === 'lead';
    const deals = investor.deals.map((d) => summary.deals[d]).filter((d): d is Deal => !!d).map(dealName);
    const what = lead ? 'Lead investor' : 'Investor';
    out.push({
      id: `investor-${i}`,
      category: lead ? 'lead' : 'investor',
      text: investor.name,
      context: null,
      everywhere: true,
      label: deals.length ? `${what} — ${deals.join('; ')}` : what,
    });
  });

  summary.money.forEach((mention, i) => {
    if (!mention.text || seenMoney.has(moneyKey(mention.text, mention.sentence))) return;
    seenMoney.add(moneyKey(mention.text, mention.sentence));
    const category: Category = mention.kind === 'round' ? 'round' : mention.kind === 'valuation' ? 'valuation' : 'money';
    const what = mention.kind === 'total-raised' ? 'Total raised' : CATEGORY_STYLES[category].label;
    // A deal's figure told again in other words ("$600m" in the headline, "$600 million" in the body) names that deal too.
    const owner = category === 'money' ? undefined : summary.deals.find((deal) => sameSum(category === 'valuation' ? deal.valuation : deal.amount, mention));
    out.push({ id: `money-${i}`, category, text: mention.text, context: mention.sentence || null, everywhere: false, label: owner ? `${what} — ${dealName(owner)}` : what });
  });

  summary.artifacts.forEach((artifact, i) => {
    if (!artifact.text.trim()) return;
    out.push({
      id: `artifact-${i}`,
      category: 'artifact',
      text: artifact.text,
      context: null,
      everywhere: false,
      ...(copyCount(artifact) > 1 ? { copies: true } : {}),
      label: `${ARTIFACT_LABELS[artifact.kind] ?? artifact.kind} — ${artifact.message}`,
    });
  });
  return out;
}

/** The finding a click on a deal scrolls to: its amount, else its valuation, else its first lead. */
export function findingIdForDeal(summary: Summary, index: number): string | null {
  const deal = summary.deals[index];
  if (!deal) return null;
  if (deal.amount?.text) return `deal-${index}-amount`;
  if (deal.valuation?.text) return `deal-${index}-valuation`;
  const lead = deal.leadInvestors[0] ?? deal.investors[0];
  const investor = lead ? summary.investors.findIndex((inv) => inv.name === lead) : -1;
  return investor >= 0 ? `investor-${investor}` : null;
}

/** The same sum in the same currency (the texts may differ: "$600m" and "$600 million"). */
function sameSum(a: Money | null, b: Money): boolean {
  return !!a && a.value === b.value && a.currency === b.currency;
}

function dealName(deal: Deal): string {
  return dealTitle(deal).replace(' — ', ', ');
}

/** The sentence a figure was read in: an evidence sentence of its deal, else the money mention's sentence. */
function contextFor(text: string, evidence: string[], summary: Summary): string | null {
  const fromEvidence = evidence.find((sentence) => sentence.includes(text));
  if (fromEvidence) return fromEvidence;
  return summary.money.find((m) => m.text === text)?.sentence ?? null;
}

/** The stored per-category switches, with defaults for anything missing or malformed. */
export function readVisibility(value: unknown): CategoryVisibility {
  const out: CategoryVisibility = { ...ALL_VISIBLE };
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (isCategory(k) && typeof v === 'boolean') out[k] = v;
  }
  return out;
}
