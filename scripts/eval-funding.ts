/**
 * Funding evaluation: runs the full pipeline (Readability included) on every
 * `/work/shared/corpus/funding-dev/*.html` and compares with its
 * `*.gold.json`; counts false deals on the negatives and on the 130
 * Readability pages.
 *
 *   npx vite-node scripts/eval-funding.ts [--verbose]
 *
 * Matching rules (documented here because the figures depend on them):
 * - A predicted deal matches a gold deal when the amounts agree within 1%
 *   in the same currency, reading either side's restated equivalent too
 *   ("$27 million USD ($37.7 million CAD)" matches a gold "$37.7M CAD").
 *   Gold deals without an amount match a predicted deal without an amount
 *   for the same company. Matching is one-to-one, greedy in gold order.
 *   Announced and past deals both count; "announced-only" restricts both
 *   sides to status 'announced'.
 * - Names (companies, investors) match when their keys are equal, or one
 *   key's words are a prefix of the other's ("Sequoia" ~ "Sequoia Capital").
 *   The key ignores case, accents, punctuation, a leading "the"/"le"/"la",
 *   a possessive "’s", and trailing legal suffixes (Inc, Ltd, LLC, LLP, LP,
 *   PLC, Corp, Co, Company, GmbH, AG, SA, SAS, BV, NV, Pvt, Private,
 *   Holding(s), Group).
 * - Investors: per article, the union of gold leads and participants
 *   against the predicted Investor list (one-to-one).
 * - Lead accuracy: over matched deals with at least one gold lead or one
 *   predicted lead, the share whose lead sets match exactly (by name match).
 * - Round accuracy: over matched deals, case-insensitive equality (null = null).
 * - Company accuracy: over matched deals, name match.
 * - Valuation accuracy: over matched deals, both null or amounts within 1%.
 * - False deals: predicted deals on negative pages that have no gold deal
 *   (gold kind 'negative' with zero deals) and on every Readability page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readHtmlFile } from './lib/node-dom';
import { analyzeDocument } from '../utils/summary';
import type { Deal, Investor } from '../utils/types';

// shared/ sits beside the checkout (../shared from the repository root), here and in CI.
const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const FUNDING_DIR = `${CORPUS}funding-dev/`;
const READABILITY_DIR = `${CORPUS}readability/`;

interface GoldMoney { value: number; currency: string; text?: string }
interface GoldDeal {
  company: string | null;
  round: string | null;
  amount: GoldMoney | null;
  valuation: GoldMoney | null;
  leadInvestors: string[];
  investors: string[];
  status: 'announced' | 'past';
}
interface Gold { kind: 'funding' | 'negative'; deals: GoldDeal[]; notes?: string }

export interface PRF { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
export interface Accuracy { correct: number; total: number; accuracy: number }

export interface FileReport {
  file: string;
  kind: string;
  deals: PRF;
  investors: PRF;
  misses: string[];
}

export interface FundingReport {
  deals: PRF;
  dealsAnnouncedOnly: PRF;
  investors: PRF;
  lead: Accuracy;
  round: Accuracy;
  company: Accuracy;
  valuation: Accuracy;
  falseDealsNegatives: number;
  falseDealsReadability: number;
  readabilityPages: number;
  files: FileReport[];
}

// ---- name and amount matching -------------------------------------------------

const LEGAL = /(?:\s+|,\s*)(?:inc|incorporated|ltd|limited|llc|llp|lp|plc|corp|corporation|co|company|gmbh|ag|sa|sas|bv|nv|pvt|private|holdings?|group)\.?$/i;

export function evalNameKey(name: string): string {
  let s = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/[’']s\b/g, '');
  s = s.replace(/^(?:the|le|la|les)\s+/, '');
  for (let k = 0; k < 4; k++) {
    const t = s.replace(LEGAL, '').trim();
    if (t === s || t === '') break;
    s = t;
  }
  return s.replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

export function namesMatch(a: string, b: string): boolean {
  const ka = evalNameKey(a);
  const kb = evalNameKey(b);
  if (!ka || !kb) return false;
  if (ka.replace(/ /g, '') === kb.replace(/ /g, '')) return true;
  const wa = ka.split(' ');
  const wb = kb.split(' ');
  const [s, l] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return s.join('').length >= 3 && s.every((w, i) => w === l[i]);
}

function readings(m: { value: number; currency: string; equivalent?: { value: number; currency: string } | null }): Array<{ v: number; c: string }> {
  return [{ v: m.value, c: m.currency }, ...(m.equivalent ? [{ v: m.equivalent.value, c: m.equivalent.currency }] : [])];
}

export function amountsMatch(a: Deal['amount'] | GoldMoney | null, b: Deal['amount'] | GoldMoney | null): boolean {
  if (!a || !b) return false;
  return readings(a as Deal['amount'] & object).some((x) =>
    readings(b as Deal['amount'] & object).some((y) => x.c === y.c && Math.abs(x.v - y.v) <= 0.01 * Math.max(x.v, y.v)));
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function acc(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: total === 0 ? 1 : correct / total };
}

/** One-to-one greedy matching of gold deals to predicted deals. */
function matchDeals(gold: GoldDeal[], pred: Deal[]): Array<[GoldDeal, Deal]> {
  const used = new Set<number>();
  const pairs: Array<[GoldDeal, Deal]> = [];
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && (g.amount
      ? amountsMatch(g.amount, p.amount)
      : !p.amount && !!g.company && !!p.company && namesMatch(g.company, p.company)));
    if (i >= 0) {
      used.add(i);
      pairs.push([g, pred[i]!]);
    }
  }
  return pairs;
}

function matchNames(gold: string[], pred: string[]): { tp: number; missed: string[]; extra: string[] } {
  const used = new Set<number>();
  const missed: string[] = [];
  let tp = 0;
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && namesMatch(g, p));
    if (i >= 0) {
      used.add(i);
      tp++;
    } else missed.push(g);
  }
  return { tp, missed, extra: pred.filter((_, k) => !used.has(k)) };
}

function sameNameSet(a: string[], b: string[]): boolean {
  const m = matchNames(a, b);
  return m.missed.length === 0 && m.extra.length === 0;
}

// ---- the run ------------------------------------------------------------------

export async function evaluateFunding(options: { fundingDir?: string; readabilityDir?: string } = {}): Promise<FundingReport> {
  called = true;
  const fundingDir = options.fundingDir ?? FUNDING_DIR;
  const readabilityDir = options.readabilityDir ?? READABILITY_DIR;
  const d = { tp: 0, fp: 0, fn: 0 };
  const da = { tp: 0, fp: 0, fn: 0 };
  const inv = { tp: 0, fp: 0, fn: 0 };
  const lead = { c: 0, t: 0 };
  const round = { c: 0, t: 0 };
  const company = { c: 0, t: 0 };
  const valuation = { c: 0, t: 0 };
  let falseNeg = 0;
  const files: FileReport[] = [];

  for (const file of readdirSync(fundingDir).filter((f) => f.endsWith('.html')).sort()) {
    const goldPath = fundingDir + file.replace(/\.html$/, '.gold.json');
    if (!existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
    const summary = analyzeDocument(readHtmlFile(fundingDir + file), { input: file }).summary;
    const misses: string[] = [];
    const pairs = matchDeals(gold.deals, summary.deals);
    const fileDeals = prf(pairs.length, summary.deals.length - pairs.length, gold.deals.length - pairs.length);
    d.tp += fileDeals.tp; d.fp += fileDeals.fp; d.fn += fileDeals.fn;
    for (const g of gold.deals) if (!pairs.some(([pg]) => pg === g)) misses.push(`missed deal ${g.company} ${g.amount?.text ?? '(no amount)'} ${g.status}`);
    for (const p of summary.deals) if (!pairs.some(([, pp]) => pp === p)) misses.push(`extra deal ${p.company} ${p.amount?.text ?? '(no amount)'} ${p.status} «${p.evidence[0]?.slice(0, 90)}»`);

    const goldAnn = gold.deals.filter((g) => g.status === 'announced');
    const predAnn = summary.deals.filter((p) => p.status === 'announced');
    const pa = matchDeals(goldAnn, predAnn);
    da.tp += pa.length; da.fp += predAnn.length - pa.length; da.fn += goldAnn.length - pa.length;

    for (const [g, p] of pairs) {
      if (g.status !== p.status) misses.push(`status ${g.company} ${g.amount?.text ?? ''}: gold ${g.status} got ${p.status}`);
      round.t++;
      if ((g.round ?? '').toLowerCase() === (p.round ?? '').toLowerCase()) round.c++;
      else misses.push(`round ${g.company}: gold ${g.round} got ${p.round}`);
      company.t++;
      if (g.company && p.company && namesMatch(g.company, p.company)) company.c++;
      else misses.push(`company: gold ${g.company} got ${p.company}`);
      valuation.t++;
      if ((!g.valuation && !p.valuation) || amountsMatch(g.valuation, p.valuation)) valuation.c++;
      else misses.push(`valuation ${g.company}: gold ${g.valuation?.text ?? null} got ${p.valuation?.text ?? null}`);
      if (g.leadInvestors.length > 0 || p.leadInvestors.length > 0) {
        lead.t++;
        if (sameNameSet(g.leadInvestors, p.leadInvestors)) lead.c++;
        else misses.push(`leads ${g.company}: gold [${g.leadInvestors.join('; ')}] got [${p.leadInvestors.join('; ')}]`);
      }
    }

    const goldNames = uniqueNames(gold.deals.flatMap((g) => [...g.leadInvestors, ...g.investors]));
    const predNames = summary.investors.map((i: Investor) => i.name);
    const m = matchNames(goldNames, predNames);
    const fileInv = prf(m.tp, m.extra.length, m.missed.length);
    inv.tp += fileInv.tp; inv.fp += fileInv.fp; inv.fn += fileInv.fn;
    if (m.missed.length) misses.push(`missed investors: ${m.missed.join('; ')}`);
    if (m.extra.length) misses.push(`extra investors: ${m.extra.join('; ')}`);

    if (gold.kind === 'negative' && gold.deals.length === 0) falseNeg += summary.deals.length;
    files.push({ file, kind: gold.kind, deals: fileDeals, investors: fileInv, misses });
  }

  let falseReadability = 0;
  let pages = 0;
  if (existsSync(readabilityDir)) {
    for (const slug of readdirSync(readabilityDir).sort()) {
      const path = `${readabilityDir}${slug}/source.html`;
      if (!existsSync(path)) continue;
      pages++;
      const summary = analyzeDocument(readHtmlFile(path), { input: path }).summary;
      if (summary.deals.length > 0) {
        falseReadability += summary.deals.length;
        files.push({
          file: `readability/${slug}`, kind: 'readability', deals: prf(0, summary.deals.length, 0), investors: prf(0, 0, 0),
          misses: summary.deals.map((p) => `false deal ${p.company} ${p.amount?.text ?? ''} «${p.evidence[0]?.slice(0, 120)}»`),
        });
      }
    }
  }

  return {
    deals: prf(d.tp, d.fp, d.fn),
    dealsAnnouncedOnly: prf(da.tp, da.fp, da.fn),
    investors: prf(inv.tp, inv.fp, inv.fn),
    lead: acc(lead.c, lead.t),
    round: acc(round.c, round.t),
    company: acc(company.c, company.t),
    valuation: acc(valuation.c, valuation.t),
    falseDealsNegatives: falseNeg,
    falseDealsReadability: falseReadability,
    readabilityPages: pages,
    files,
  };
}

function uniqueNames(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) if (!out.some((o) => evalNameKey(o) === evalNameKey(n))) out.push(n);
  return out;
}

export function printFundingReport(r: FundingReport, verbose = false): void {
  const f = (x: number) => x.toFixed(3);
  const row = (name: string, p: PRF) => `${name.padEnd(24)} P ${f(p.precision)}  R ${f(p.recall)}  F1 ${f(p.f1)}   (tp ${p.tp} fp ${p.fp} fn ${p.fn})`;
  const arow = (name: string, a: Accuracy) => `${name.padEnd(24)} ${f(a.accuracy)}   (${a.correct}/${a.total})`;
  console.log(row('deals', r.deals));
  console.log(row('deals (announced only)', r.dealsAnnouncedOnly));
  console.log(row('investors', r.investors));
  console.log(arow('lead accuracy', r.lead));
  console.log(arow('round accuracy', r.round));
  console.log(arow('company accuracy', r.company));
  console.log(arow('valuation accuracy', r.valuation));
  console.log(`${'false deals (negatives)'.padEnd(24)} ${r.falseDealsNegatives}`);
  console.log(`${'false deals (readability)'.padEnd(24)} ${r.falseDealsReadability} over ${r.readabilityPages} pages`);
  console.log('');
  for (const file of r.files) {
    if (!verbose && file.misses.length === 0) continue;
    console.log(`${file.file}  deals F1 ${f(file.deals.f1)}  investors F1 ${f(file.investors.f1)}`);
    for (const m of file.misses) console.log(`   - ${m}`);
  }
}

// Run directly (vite-node hides the script path from process.argv): when no
// importer has called evaluateFunding() by the next macrotask, this module is
// the entry point. scripts/eval.ts calls it right after its dynamic import.
let called = false;
setImmediate(() => {
  if (!called) void evaluateFunding().then((r) => printFundingReport(r, process.argv.includes('--verbose')));
});
