/**
 * Each investor's role in each deal it took part in, in the words the card and
 * the exports both use. The summary's `role` is one word for the whole page, so
 * a lead of an earlier round would read as a lead of this one: the tags read
 * the role from each deal the investor belongs to instead.
 */
import { withoutBidiControls } from './bidi';
import type { Deal, Investor } from './types';

/** One tag next to an investor: its role in one deal, in the words the card uses. */
export interface InvestorRoleTag {
  /** "lead", "lead, earlier round", "earlier round", "lead, Acme — Series A", "Acme — Series A". */
  text: string;
  /** True only for a lead of the main deal (the orange tag): nothing else may look like one. */
  mainLead: boolean;
}

// Names are compared loosely: the investor list keeps the fullest form ("Sequoia
// Capital China") while a deal may list the short one ("Sequoia").
const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const sameName = (a: string, b: string): boolean => {
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && y.length > 0 && (x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `));
};

/** The investor's role in one deal, or null when the deal does not name it. */
function roleIn(deal: Deal, name: string): 'lead' | 'participant' | null {
  if (deal.leadInvestors.some((n) => sameName(n, name))) return 'lead';
  if (deal.investors.some((n) => sameName(n, name))) return 'participant';
  return null;
}

/** What a deal other than the main one is called in a tag: an earlier round of the main company, or the deal's own name. */
function otherDealName(deal: Deal, deals: readonly Deal[]): string {
  const main = deals[0];
  const sameCompany = (d: Deal): boolean => !!main && (d.company === main.company || (!!d.company && !!main.company && sameName(d.company, main.company)));
  if (deal.status === 'past' && sameCompany(deal)) {
    // Two earlier rounds would get the same words: name the round (or its amount) to tell them apart.
    const pastCount = deals.filter((d) => d.status === 'past' && sameCompany(d)).length;
    const which = deal.round ?? deal.amount?.text ?? null;
    return pastCount > 1 && which ? `earlier round (${which})` : 'earlier round';
  }
  // Another company's round (a rival's, a roundup's next entry): its own name, never "earlier round".
  const company = deal.company ?? 'Unnamed company';
  return deal.round ? `${company} — ${deal.round}` : company;
}

/** The deals an investor belongs to, each once, in the summary's order (the main deal first); stale indexes dropped. */
function dealIndexesOf(investor: Investor, deals: readonly Deal[]): number[] {
  return [...new Set(investor.deals)].filter((d) => deals[d] !== undefined).sort((a, b) => a - b);
}

/**
 * The tags of one investor, one per deal it has a role in, the main deal first.
 * A participant of the main deal gets no tag (plain means "in this round"), so
 * an investor tagged only with an earlier round is visibly not in this one.
 */
export function investorRoleTags(investor: Investor, deals: readonly Deal[] | undefined): InvestorRoleTag[] {
  if (!deals) return investor.role === 'lead' ? [{ text: 'lead', mainLead: true }] : [];
  const indexes = dealIndexesOf(investor, deals);
  // No deal to read a role from: the summary-wide role is all there is.
  if (indexes.length === 0) return investor.role === 'lead' ? [{ text: 'lead', mainLead: true }] : [];
  const tags: InvestorRoleTag[] = [];
  for (const d of indexes) {
    const deal = deals[d] as Deal;
    // A deal that does not list the name (another spelling the readers kept apart) falls back
    // to the summary's role only when it is the investor's one deal: otherwise it is unknowable.
    const role = roleIn(deal, investor.name) ?? (indexes.length === 1 ? investor.role : 'participant');
    if (d === 0) {
      if (role === 'lead') tags.push({ text: 'lead', mainLead: true });
      continue;
    }
    const name = otherDealName(deal, deals);
    tags.push({ text: withoutBidiControls(role === 'lead' ? `lead, ${name}` : name), mainLead: false });
  }
  return tags;
}

/** Sort rank: the main deal's leads, its participants, then leads of other deals, then the rest. */
function investorRank(tags: InvestorRoleTag[], investor: Investor, deals: readonly Deal[] | undefined): number {
  if (tags.some((t) => t.mainLead)) return 0;
  if (deals && investor.deals.includes(0)) return 1;
  if (tags.some((t) => t.text.startsWith('lead'))) return 2;
  return 3;
}

/** One investor as the card and the exports list it: its summary index and its tags. */
export interface InvestorRow {
  investor: Investor;
  /** Index in `summary.investors` (finding ids are kept per index). */
  index: number;
  tags: InvestorRoleTag[];
}

/** The investors in reading order: the main deal's leads, its participants, leads of other deals, the rest; ties keep the summary's order. */
export function orderedInvestorRows(investors: readonly Investor[], deals: readonly Deal[] | undefined): InvestorRow[] {
  return investors
    .map((investor, index) => {
      const tags = investorRoleTags(investor, deals);
      return { investor, index, tags, rank: investorRank(tags, investor, deals) };
    })
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ investor, index, tags }) => ({ investor, index, tags }));
}

/**
 * The roles of one investor in words, for text exports: "lead", "participant",
 * "participant; lead, earlier round", "Acme — Series A". A participant of the
 * main deal has no tag in the card (plain means "in this round"); a pasted line
 * has no such convention, so it says "participant".
 */
export function investorRoleWords(row: Pick<InvestorRow, 'investor' | 'tags'>, deals: readonly Deal[] | undefined): string {
  const words = row.tags.map((t) => t.text);
  const inMainDeal = deals ? row.investor.deals.includes(0) : false;
  if (inMainDeal && !row.tags.some((t) => t.mainLead)) words.unshift('participant');
  return words.length > 0 ? words.join('; ') : row.investor.role;
}

/**
 * The contract's one `role` per investor: its role in the first deal it
 * belongs to, the main deal first. The readers' summary-wide role said "lead"
 * for an investor that led an earlier round and only took part in this one,
 * which the card contradicted ("participant; lead, earlier round"). A deal
 * that does not list the name (another spelling the readers kept apart) gives
 * no role; when none does, the readers' role stays.
 */
export function firstDealRoleOf(investor: Investor, deals: readonly Deal[]): 'lead' | 'participant' {
  const indexes = dealIndexesOf(investor, deals);
  for (const d of indexes) {
    const role = roleIn(deals[d] as Deal, investor.name);
    if (role) return role;
  }
  return investor.role;
}

/**
 * True for a past deal of a company other than the main deal's (a rival's round told for
 * context: "Megvii — Series C" in a SenseTime story). Such a deal is not an "earlier round" of
 * the article's company, though the contract's status for both is `past`. Names compared
 * loosely, as the tags compare them; a deal without a company (or a main deal without one)
 * cannot be told apart and stays an earlier round.
 */
export function isOtherCompanysPastRound(deal: Deal, deals: readonly Deal[]): boolean {
  const main = deals[0];
  if (deal.status !== 'past' || !main || deal === main || !deal.company || !main.company) return false;
  return deal.company !== main.company && !sameName(deal.company, main.company);
}
