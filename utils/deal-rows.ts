/**
 * Verbless deal rows: a table or list of rounds that the page's markup lost,
 * one row per paragraph, with no verb the sentence reader could hang on.
 *
 *   "EnerzaiEdge AI500 millionSeries AKODIT"                 (cells glued: company, sector, amount, round, investors)
 *   "HubrizKids care-Pre-Series AKorea Social Investment Foundation"   ("-": an empty amount cell)
 *   "Highspot06/04/2019$60,000,000Highspot reels in $60M …"   (company, date, amount, a headline)
 *   "3. (tied) Scale AI, $1B, artificial intelligence:"       (a ranked item's heading)
 *   "Acme | $5M | Series A | Sequoia, Accel"                 (cells kept apart by pipes or tabs)
 *
 * One row alone is not evidence (a stray "Acme 500 million" is a price list, a
 * score, a spec): a row counts only inside a run of at least two sibling rows
 * of the same shape, under a funding intro or a header naming the columns.
 * Amounts without a currency inherit the one the header or the intro states
 * once ("(KRW)", "in millions of won", "KRW 104 billion in total").
 *
 * Pure, one pass over the paragraphs; every pattern is bounded (cells are
 * short; a line longer than MAX_ROW is never a row).
 */
import { findMoney, type MoneyContext } from './money';
import { findRounds } from './rounds';
import { lexAlt, LEX_NOT_ROUND_CELLS } from './funding-lexicon';

export interface RowMoney {
  value: number;
  currency: string;
  /** Exactly as written in the row. */
  text: string;
}

export interface DealRow {
  /** Index of the row's paragraph. */
  paragraph: number;
  company: string;
  amount: RowMoney | null;
  round: string | null;
  investors: string[];
}

/** A money figure the caller already read in a paragraph (offsets in the paragraph). */
export interface KnownFigure {
  start: number;
  end: number;
  value: number;
  currency: string;
  text: string;
}

type Shape = 'glued' | 'cells' | 'ranked';

interface ParsedRow {
  shape: Shape;
  company: string;
  /** The amount as written, before the currency is known. */
  amount: { text: string; value: number; currency: string | null } | null;
  round: string | null;
  investors: string[];
  /** A sub-shape key: rows of one table agree on it (which cells they hold). */
  acquisition: boolean;
}

/** Longer lines are prose, never a table row. */
const MAX_ROW = 400;
/** How many paragraphs before a run may hold its intro or header. */
const INTRO_REACH = 3;

/** Funding words of an intro or a header: the run is about money raised. */
const FUNDING_CONTEXT = /\b(?:rais(?:e|ed|es|ing)|funding|funds|financing|investments?|invested|rounds?|deals|venture|backers|investors|levée|levées|lev[ée]s|financements?|investissements?|tours? de table|investisseurs)\b/iu;

/** A header naming the columns of a deal table, glued or not: "CompanyDateAmountCoverage", "Startup | Montant | Série". */
const HEADER_COMPANY = /(?:^|[^\p{L}]|\p{Ll})(?:Company|Startup|Start-up|Entreprise|Société|Name|Nom)(?![\p{Ll}])/u;
const HEADER_AMOUNT = /(?:^|[^\p{L}]|\p{Ll})(?:Amount|Funding|Raised|Round size|Montant|Levée|Investment)(?![\p{Ll}])/u;
/** A header line is short and holds no figure. */
const HEADER_LINE = /^[\p{L} |\t/()&-]{6,120}$/u;

/**
 * The franc words an intro may state: plain "francs" or with their country ("Swiss francs", "francs CFA", "francs suisses").
 * Which franc each is, the money reader says (money.ts: the page's Swiss, CFA or pre-2002 French evidence, or the sentence's own
 * date), never a fixed code here.
 */
const FRANC_WORDS = String.raw`(?:(?:Swiss|French|Belgian|CFA)\s+)?francs(?:\s+(?:CFA|suisses|français|belges))?`;
/** "(KRW)", "(in US$)", "in millions of won", "(€ millions)": the unit a header or intro states once for every row. */
const STATED_CURRENCY = new RegExp(String.raw`\((?:in\s+)?(?<code>[A-Z]{3})\b[^)]{0,20}\)|\bin (?:millions|billions|thousands) of (?<word>won|dollars|euros|pounds|yen|yuan|rupees|${FRANC_WORDS})(?![\p{L}])|\ben (?:millions|milliards) d[’'](?<fword>euros|dollars)\b|\ben (?:millions|milliards) de (?<fword2>dollars|${FRANC_WORDS})(?![\p{L}])`, 'u');
const STATED_MULTIPLIER = /\b(?:in|en) (?<unit>thousands|millions|billions|milliers|millions|milliards)\b|\((?:[A-Z]{3}|[$€£])\s?(?<short>M|m|mn|bn|B|K|k)\)/u;
const CURRENCY_WORDS: Record<string, string> = { won: 'KRW', dollars: 'USD', euros: 'EUR', pounds: 'GBP', yen: 'JPY', yuan: 'CNY', rupees: 'INR' };

/** Currency symbols and prefixes a cell may carry. */
const SYMBOLS: Record<string, string> = { '$': 'USD', 'US$': 'USD', 'C$': 'CAD', 'CA$': 'CAD', 'A$': 'AUD', 'AU$': 'AUD', 'NZ$': 'NZD', 'HK$': 'HKD', 'S$': 'SGD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₹': 'INR' };
const UNITS: Record<string, number> = {
  thousand: 1e3, k: 1e3, K: 1e3, million: 1e6, millions: 1e6, mn: 1e6, m: 1e6, M: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, B: 1e9,
  milliard: 1e9, milliards: 1e9, trillion: 1e12, crore: 1e7, crores: 1e7, lakh: 1e5,
};

/**
 * An amount cell: a symbol and grouped digits ("$60,000,000"), or a number with a magnitude word ("500 million", "4.2 billion",
 * "€12M"). A bare small number is never an amount (a score, a rank, a spec). Digits are bounded ({1,4} then at most four groups).
 */
const AMOUNT_CELL = /(?<sym>US\$|CA?\$|AU?\$|NZ\$|HK\$|S\$|[$€£¥₩₹])?(?<num>\d{1,4}(?:[.,]\d{1,3}){0,4})(?:\s?(?<unit>thousand|millions?|billions?|milliards?|trillion|crores?|lakh|mn|bn|[kKmMB])(?![\p{Ll}])(?<post>\s?(?:€|\$|£|EUR|USD|GBP|CHF|KRW)(?![\p{Ll}]))?)?/gu;
/** A currency written after the figure and its magnitude ("12 M€", "3 millions EUR"); never after bare digits ("2019$60,000,000"). */
const POST_SYMBOLS: Record<string, string> = { '€': 'EUR', '$': 'USD', '£': 'GBP', EUR: 'EUR', USD: 'USD', GBP: 'GBP', CHF: 'CHF', KRW: 'KRW' };

/** Separators left at the start of a cell. */
const CELL_SEPARATOR = /^[\s,;:|–—-]+/u;

/** An MM/DD/YYYY or YYYY-MM-DD date cell. */
const DATE_CELL = /\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}/u;

/** A round cell at the start of what follows the amount: "Series A", "Pre-Series A Bridge", "Seed", "Série B", "Amorçage". */
const ROUND_CELL = /^(?:(?:Pre-|pre-)?(?:Series|Série|SERIES) [A-J]\+?(?: Bridge| Extension)?|Pre-seed|Pre-Seed|Seed|Angel|Bridge|Pre-IPO|Growth|Amorçage|Strategic)/u;
/** Not a round: an acquisition, an IPO. Such a row is skipped (the run stays a run). */
const NOT_ROUND_CELL = new RegExp(`^${lexAlt(LEX_NOT_ROUND_CELLS)}`, 'u');

/** An empty amount cell: a dash between a letter and the next cell ("Kids care-Pre-Series A", "commerce-Vaiv Company"). */
const EMPTY_CELL = /(?<=[\p{L}\p{N}])\s?[-–—]\s?(?=\p{Lu}|$)/u;

/** A ranked item's heading: "3. (tied) Scale AI, §, artificial intelligence:", "#2 Acme — §, fintech". */
const RANKED_HEAD = /^(?:#?\d{1,3}[.)]?\s+)(?:\([^()]{1,20}\)\s+)?(?<name>(?:[\p{Lu}\p{N}]|\p{Ll}{1,3}\p{Lu})[^,:;()§]{0,59}?)\s*(?:,|[-–—:])\s*$/u;

/** An investor cell: names separated by commas, each capitalised or a number ("500 Global", "Y&Archer", "Kakao Ventures"). */
const INVESTOR_NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}.&’'-]*|of|and|de|du|des|la|et))*$/u;

/** The first case break of a glued head: "EnerzaiEdge AI" → "Enerzai", "M3SENSmart Farm" → "M3SEN"; "Scale AI" stays whole. */
const CASE_BREAK = /\p{Ll}(?=\p{Lu})|[\p{Lu}\p{N}](?=\p{Lu}\p{Ll})/u;

/** Words that never name the company of a row (a header word, a label). */
const NOT_COMPANY = /^(?:company|startup|start-up|total|name|nom|entreprise|société|sector|secteur|amount|montant|date|others?|autres?)$/iu;

/** Round cells the sentence reader needs a "round" word for: alone in a cell they are the round. */
const BARE_ROUND_NAMES: Record<string, string> = {
  'pre-seed': 'Pre-seed', seed: 'Seed', angel: 'Angel', bridge: 'Bridge', growth: 'Growth', strategic: 'Strategic', amorçage: 'Seed',
};

function roundOf(cell: string): string | null {
  return BARE_ROUND_NAMES[cell.toLowerCase()] ?? findRounds(`${cell} `)[0]?.round ?? null;
}

function amountValue(num: string, unit: string | undefined): number | null {
  const multiplier = unit ? UNITS[unit] ?? UNITS[unit.toLowerCase()] ?? null : 1;
  if (multiplier === null) return null;
  // "60,000,000": commas group thousands; "1,5 milliard": a decimal comma before a magnitude word.
  const grouped = /^\d{1,3}(?:,\d{3})+$/.test(num);
  const plain = grouped ? num.replace(/,/g, '') : unit ? num.replace(',', '.') : num.replace(/,/g, '');
  const value = Number(plain) * multiplier;
  return Number.isFinite(value) ? value : null;
}

/** The first amount cell of `text` at or after `from`: a magnitude word, or a symbol with thousands grouped. */
function amountCell(text: string, from: number): { start: number; end: number; text: string; value: number; currency: string | null } | null {
  AMOUNT_CELL.lastIndex = from;
  for (let m = AMOUNT_CELL.exec(text); m; m = AMOUNT_CELL.exec(text)) {
    if (m[0].length === 0) {
      AMOUNT_CELL.lastIndex++;
      continue;
    }
    const g = m.groups!;
    const significant = !!g.unit || (!!g.sym && /^\d{1,3}(?:,\d{3}){2,}$/.test(g.num!));
    if (!significant) continue;
    const value = amountValue(g.num!, g.unit);
    if (value === null || value < 10_000) continue;
    const post = g.post?.trim();
    return { start: m.index, end: m.index + m[0].length, text: m[0], value, currency: g.sym ? SYMBOLS[g.sym] ?? null : post ? POST_SYMBOLS[post] ?? null : null };
  }
  return null;
}

function companyOfHead(head: string, glued: boolean): string | null {
  let name = head.trim();
  if (glued) {
    const br = CASE_BREAK.exec(name);
    if (br) name = name.slice(0, br.index + 1);
  }
  name = name.replace(/[\s,:;.–—-]+$/u, '').trim();
  if (name.length < 2 || name.length > 60 || !/^(?:[\p{Lu}\p{N}]|\p{Ll}{1,3}\p{Lu})/u.test(name) || NOT_COMPANY.test(name)) return null;
  // At most five words: a longer head is prose.
  if (name.split(/\s+/).length > 5) return null;
  return name;
}

function investorsOf(cell: string): string[] {
  const names = cell.split(/\s*,\s*|\s+(?:and|et)\s+/u).map((n) => n.trim().replace(/[.;:]+$/u, '')).filter(Boolean);
  // Every item must look like a name, or the cell is prose (a headline), not investors.
  if (names.length === 0 || names.length > 20 || !names.every((n) => n.length <= 60 && INVESTOR_NAME.test(n))) return [];
  return names;
}

/** "EnerzaiEdge AI500 millionSeries AKODIT", "Auth005/20/2019$103,000,000Identity …": cells glued without spaces. */
function readGlued(line: string): ParsedRow | null {
  const date = DATE_CELL.exec(line);
  const empty = EMPTY_CELL.exec(line);
  const amount = amountCell(line, 0);
  // The head ends at the first cell that is not text: a date, an amount, an empty cell.
  const ends = [date?.index, amount?.start, empty?.index].filter((x): x is number => x !== undefined && x > 0);
  if (ends.length === 0) return null;
  const headEnd = Math.min(...ends);
  // The amount, if any, must come right after the head (or after its date cell).
  let rest: string;
  let money: ParsedRow['amount'] = null;
  if (amount && (amount.start === headEnd || (date && date.index === headEnd && amount.start === date.index + date[0].length))) {
    money = { text: amount.text, value: amount.value, currency: amount.currency };
    rest = line.slice(amount.end);
  } else if (empty && empty.index === headEnd) {
    rest = line.slice(empty.index + empty[0].length);
  } else return null;
  const head = line.slice(0, headEnd);
  // A head with sentence words is prose with a figure in it.
  if (/[.!?]\s|\b(?:the|a|an|is|was|has|le|la|les|est|a)\s/u.test(head)) return null;
  const company = companyOfHead(head, true);
  if (!company) return null;
  // Cells may also be kept apart by dashes or commas ("Acme — $5M — Series A — Sequoia", "Acme, $5M, Series A, Sequoia").
  rest = rest.replace(CELL_SEPARATOR, '');
  const acquisition = NOT_ROUND_CELL.test(rest);
  const roundCell = ROUND_CELL.exec(rest);
  const round = roundCell ? roundOf(roundCell[0]) : null;
  const investorCell = roundCell ? rest.slice(roundCell[0].length) : rest;
  return { shape: 'glued', company, amount: money, round, investors: acquisition ? [] : investorsOf(investorCell.replace(CELL_SEPARATOR, '')), acquisition };
}

/** "Acme | $5M | Series A | Sequoia, Accel": cells kept apart by pipes or tabs. */
function readCells(line: string): ParsedRow | null {
  const cells = line.split(/\s*\|\s*|\t+/u).map((c) => c.trim()).filter((c) => c.length > 0);
  if (cells.length < 2) return null;
  const company = companyOfHead(cells[0]!, false);
  if (!company) return null;
  let money: ParsedRow['amount'] = null;
  let round: string | null = null;
  let investors: string[] = [];
  let acquisition = false;
  for (const cell of cells.slice(1)) {
    const a: ReturnType<typeof amountCell> = !money ? amountCell(cell, 0) : null;
    if (a && a.start === 0 && a.end === cell.length) {
      money = { text: a.text, value: a.value, currency: a.currency };
      continue;
    }
    if (NOT_ROUND_CELL.test(cell)) acquisition = true;
    const r = ROUND_CELL.exec(cell);
    if (r && !round) {
      round = roundOf(r[0]);
      continue;
    }
    if (investors.length === 0 && (money || round)) investors = investorsOf(cell);
  }
  if (!money && !round) return null;
  return { shape: 'cells', company, amount: money, round, investors, acquisition };
}

/** "3. (tied) Scale AI, §, artificial intelligence:": a ranked item heading, its figure already read by the money reader. */
function readRanked(line: string, figures: KnownFigure[]): ParsedRow | null {
  const f = figures[0];
  if (!f || f.start > 80) return null;
  const head = RANKED_HEAD.exec(line.slice(0, f.start));
  if (!head) return null;
  // After the figure: a sector label and a colon, or the end of the line.
  if (!/^\s*(?:,\s*[^,:.;]{1,60}?)?\s*(?::|$)/u.test(line.slice(f.end, f.end + 80))) return null;
  const company = companyOfHead(head.groups!.name!, false);
  if (!company) return null;
  return { shape: 'ranked', company, amount: { text: f.text, value: f.value, currency: f.currency }, round: null, investors: [], acquisition: false };
}

function parseRow(line: string, figures: KnownFigure[]): ParsedRow | null {
  // A ranked item's heading may open a long paragraph that tells the deal ("2. CoreWeave, $1.1B, artificial intelligence: Another …").
  const ranked = readRanked(line, figures);
  if (ranked) return ranked;
  if (line.length > MAX_ROW || line.length < 4) return null;
  if (/\||\t/.test(line)) return readCells(line);
  // A glued row never holds a space-separated sentence before its first cell; cheap reject of prose.
  return readGlued(line);
}

function statedCurrency(text: string, money: MoneyContext): string | null {
  const m = STATED_CURRENCY.exec(text);
  if (!m) return null;
  const g = m.groups!;
  if (g.code) return g.code;
  const word = g.word ?? g.fword ?? g.fword2;
  if (!word) return null;
  return /franc/i.test(word) ? francStated(text.slice(0, m.index + m[0].length), word, !!g.fword2, money) : CURRENCY_WORDS[word] ?? null;
}

/**
 * The franc an intro states, as the money reader reads one franc of that word told at the intro's end with the page's money
 * context: "en millions de francs" on a page of 1998 is FRF, under "Dakar" XOF, beside "Zurich" CHF.
 */
function francStated(intro: string, word: string, french: boolean, money: MoneyContext): string | null {
  const probe = `${intro} ${french ? `1 million de ${word}` : `1 million ${word}`}`;
  const read = findMoney(probe, { ...money, lang: money.lang ?? (french ? 'fr' : 'en') });
  return read[read.length - 1]?.currency ?? null;
}

function statedMultiplier(text: string): number {
  const m = STATED_MULTIPLIER.exec(text);
  if (!m) return 1;
  const u = m.groups!.unit ?? m.groups!.short ?? '';
  if (/^(?:thousands|milliers|k|K)$/.test(u)) return 1e3;
  if (/^(?:millions|M|m|mn)$/.test(u)) return 1e6;
  if (/^(?:billions|milliards|bn|B)$/.test(u)) return 1e9;
  return 1;
}

/**
 * The deal rows of an article. `figuresOf(p)` gives the money the money reader found in paragraph `p` (its offsets in the
 * paragraph), used for ranked headings and for the currency an intro states.
 */
export function findDealRows(paragraphs: string[], figuresOf: (p: number) => KnownFigure[], money: MoneyContext = {}): DealRow[] {
  const parsed: Array<ParsedRow | null> = paragraphs.map((line, p) => parseRow(line, figuresOf(p)));
  const out: DealRow[] = [];
  let p = 0;
  while (p < paragraphs.length) {
    const first = parsed[p];
    if (!first) {
      p++;
      continue;
    }
    // A run: consecutive rows of one shape.
    let end = p + 1;
    while (end < paragraphs.length && parsed[end]?.shape === first.shape) end++;
    const run = parsed.slice(p, end) as ParsedRow[];
    const start = p;
    p = end;
    if (run.length < 2) continue;
    // The intro or header: the few paragraphs before the run.
    const before = paragraphs.slice(Math.max(0, start - INTRO_REACH), start);
    const header = before[before.length - 1] ?? '';
    const namedColumns = HEADER_LINE.test(header) && HEADER_COMPANY.test(header) && HEADER_AMOUNT.test(header);
    const fundingIntro = before.some((t) => FUNDING_CONTEXT.test(t));
    const withDealCells = run.filter((r) => r.round || r.investors.length > 0).length;
    // A ranked list needs its intro; a table needs its intro and either named columns or rounds/investors in most rows.
    if (!fundingIntro && !namedColumns) continue;
    if (first.shape !== 'ranked' && !namedColumns && withDealCells * 2 < run.length) continue;
    // The currency of bare amounts: stated in the header or intro, else the last figure the intro gave.
    let currency: string | null = null;
    let multiplier = 1;
    for (let k = before.length - 1; k >= 0 && !currency; k--) {
      currency = statedCurrency(before[k]!, money);
      if (currency) multiplier = statedMultiplier(before[k]!);
    }
    if (!currency) {
      for (let q = start - 1; q >= 0 && q >= start - INTRO_REACH - 2 && !currency; q--) {
        const figs = figuresOf(q);
        currency = figs[figs.length - 1]?.currency ?? null;
      }
    }
    for (const [k, row] of run.entries()) {
      if (row.acquisition) continue;
      let amount: RowMoney | null = null;
      if (row.amount) {
        const cur = row.amount.currency ?? currency;
        // A bare number under "(in millions)" is in millions; one with its own magnitude word is not.
        const scaled = /\d$/.test(row.amount.text) ? row.amount.value * multiplier : row.amount.value;
        if (cur) amount = { value: scaled, currency: cur, text: row.amount.text };
      }
      out.push({ paragraph: start + k, company: row.company, amount, round: row.round, investors: row.investors });
    }
  }
  return out;
}
