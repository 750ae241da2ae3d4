/**
 * A runtime check of the summary contract (/work/shared/contract/SUMMARY.md,
 * utils/types.ts). The types only hold at compile time; fuzzing, the command
 * line and outside checks read the JSON, so this validator reads the value the
 * way they do and lists every violation as a readable path + reason.
 */
import { ARTIFACT_KINDS, PARAGRAPH_SEPARATOR } from '../../utils/types';

const QUALIFIERS = new Set(['more-than', 'less-than', 'about', 'up-to']);
const DEAL_STATUSES = new Set(['announced', 'past']);
const MONEY_KINDS = new Set(['round', 'valuation', 'total-raised', 'other']);
const INVESTOR_ROLES = new Set(['lead', 'participant']);
const ARTIFACT_KIND_SET = new Set<string>(ARTIFACT_KINDS);
/**
 * The normalised round names (or null). The contract's list is open-ended
 * ("Series A" … "Series H"): later letters occur in real reporting (Databricks'
 * Series J), and the press distinguishes "Pre-Series A" and "Series A+"/"B-1"
 * rounds, which the development gold also keeps; "Convertible note" is the
 * round type the brief names. Anything else is a reading bug.
 */
const ROUND_NAME = /^(?:Pre-seed|Seed|Angel|Pre-Series A|Series [A-Z](?:\+|-\d)?|Bridge|Growth|Debt|Strategic|Convertible note)$/;
/** ISO 4217: three capital letters. */
const CURRENCY_CODE = /^[A-Z]{3}$/;
const SOURCE_KEYS = ['input', 'url', 'title', 'byline', 'siteName', 'publishedTime', 'lang'] as const;
const TOP_KEYS = ['schemaVersion', 'source', 'article', 'deals', 'investors', 'money', 'artifacts'] as const;

type Path = string;
type Obj = Record<string, unknown>;

function isObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

class Checker {
  readonly problems: string[] = [];

  fail(path: Path, why: string): void {
    this.problems.push(`${path}: ${why}`);
  }

  object(x: unknown, path: Path): x is Obj {
    if (isObject(x)) return true;
    this.fail(path, `expected an object, got ${describe(x)}`);
    return false;
  }

  array(x: unknown, path: Path): x is unknown[] {
    if (Array.isArray(x)) return true;
    this.fail(path, `expected an array, got ${describe(x)}`);
    return false;
  }

  string(x: unknown, path: Path, { nullable = false, nonEmpty = false } = {}): void {
    if (x === null && nullable) return;
    if (typeof x !== 'string') return this.fail(path, `expected ${nullable ? 'string|null' : 'string'}, got ${describe(x)}`);
    if (nonEmpty && x.trim() === '') this.fail(path, 'empty string');
  }

  stringArray(x: unknown, path: Path): void {
    if (!this.array(x, path)) return;
    x.forEach((s, i) => this.string(s, `${path}[${i}]`, { nonEmpty: true }));
  }

  finite(x: unknown, path: Path, { integer = false, min = -Infinity } = {}): void {
    if (typeof x !== 'number' || !Number.isFinite(x)) return this.fail(path, `expected a finite number, got ${describe(x)}`);
    if (integer && !Number.isInteger(x)) this.fail(path, `expected an integer, got ${x}`);
    if (x < min) this.fail(path, `expected ≥ ${min}, got ${x}`);
  }

  oneOf(x: unknown, allowed: Set<string>, path: Path, nullable = false): void {
    if (x === null && nullable) return;
    if (typeof x !== 'string' || !allowed.has(x)) this.fail(path, `expected one of ${[...allowed].join('|')}${nullable ? '|null' : ''}, got ${describe(x)}`);
  }

  keys(x: Obj, keys: readonly string[], path: Path): void {
    for (const k of keys) if (!(k in x)) this.fail(`${path}.${k}`, 'missing');
  }

  currency(x: unknown, path: Path): void {
    if (typeof x !== 'string' || !CURRENCY_CODE.test(x)) this.fail(path, `expected an ISO 4217 code, got ${describe(x)}`);
  }

  money(x: unknown, path: Path, nullable: boolean): void {
    if (x === null && nullable) return;
    if (!this.object(x, path)) return;
    this.keys(x, ['value', 'currency', 'text', 'qualifier', 'equivalent'], path);
    this.finite(x.value, `${path}.value`, { min: 0 });
    this.currency(x.currency, `${path}.currency`);
    this.string(x.text, `${path}.text`, { nonEmpty: true });
    this.oneOf(x.qualifier, QUALIFIERS, `${path}.qualifier`, true);
    const eq = x.equivalent;
    if (eq === null) return;
    if (!this.object(eq, `${path}.equivalent`)) return;
    this.keys(eq, ['value', 'currency', 'text'], `${path}.equivalent`);
    this.finite(eq.value, `${path}.equivalent.value`, { min: 0 });
    this.currency(eq.currency, `${path}.equivalent.currency`);
    this.string(eq.text, `${path}.equivalent.text`, { nonEmpty: true });
  }
}

function describe(x: unknown): string {
  if (x === undefined) return 'undefined';
  if (typeof x === 'number') return String(x);
  if (typeof x === 'string') return JSON.stringify(x.length > 60 ? `${x.slice(0, 60)}…` : x);
  if (Array.isArray(x)) return 'an array';
  return x === null ? 'null' : typeof x;
}

/** Every way `x` breaks the summary contract's shape; [] when it is a valid Summary. */
export function validateSummary(x: unknown): string[] {
  const c = new Checker();
  if (!c.object(x, 'summary')) return c.problems;
  c.keys(x, TOP_KEYS, 'summary');
  if (x.schemaVersion !== 1) c.fail('summary.schemaVersion', `expected 1, got ${describe(x.schemaVersion)}`);

  if (c.object(x.source, 'source')) {
    c.keys(x.source, SOURCE_KEYS, 'source');
    for (const k of SOURCE_KEYS) c.string(x.source[k], `source.${k}`, { nullable: true });
  }

  if (c.object(x.article, 'article')) {
    const a = x.article;
    c.keys(a, ['isArticle', 'wordCount', 'excerpt'], 'article');
    if (typeof a.isArticle !== 'boolean') c.fail('article.isArticle', `expected boolean, got ${describe(a.isArticle)}`);
    c.finite(a.wordCount, 'article.wordCount', { integer: true, min: 0 });
    c.string(a.excerpt, 'article.excerpt', { nullable: true });
  }

  const dealCount = Array.isArray(x.deals) ? x.deals.length : 0;
  if (c.array(x.deals, 'deals')) {
    x.deals.forEach((d, i) => {
      const p = `deals[${i}]`;
      if (!c.object(d, p)) return;
      c.keys(d, ['company', 'round', 'status', 'amount', 'valuation', 'leadInvestors', 'investors', 'date', 'evidence'], p);
      c.string(d.company, `${p}.company`, { nullable: true, nonEmpty: true });
      if (d.round !== null && (typeof d.round !== 'string' || !ROUND_NAME.test(d.round))) {
        c.fail(`${p}.round`, `expected a normalised round name or null, got ${describe(d.round)}`);
      }
      c.oneOf(d.status, DEAL_STATUSES, `${p}.status`);
      c.money(d.amount, `${p}.amount`, true);
      c.money(d.valuation, `${p}.valuation`, true);
      c.stringArray(d.leadInvestors, `${p}.leadInvestors`);
      c.stringArray(d.investors, `${p}.investors`);
      c.string(d.date, `${p}.date`, { nullable: true, nonEmpty: true });
      c.stringArray(d.evidence, `${p}.evidence`);
    });
  }

  if (c.array(x.investors, 'investors')) {
    const seen = new Set<string>();
    x.investors.forEach((inv, i) => {
      const p = `investors[${i}]`;
      if (!c.object(inv, p)) return;
      c.keys(inv, ['name', 'role', 'deals'], p);
      c.string(inv.name, `${p}.name`, { nonEmpty: true });
      if (typeof inv.name === 'string') {
        if (seen.has(inv.name)) c.fail(`${p}.name`, `investor ${describe(inv.name)} listed twice ("once each")`);
        seen.add(inv.name);
      }
      c.oneOf(inv.role, INVESTOR_ROLES, `${p}.role`);
      if (c.array(inv.deals, `${p}.deals`)) {
        inv.deals.forEach((n, j) => {
          if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n >= dealCount) {
            c.fail(`${p}.deals[${j}]`, `deal index ${describe(n)} out of range (0..${dealCount - 1})`);
          }
        });
      }
    });
  }

  if (c.array(x.money, 'money')) {
    x.money.forEach((m, i) => {
      const p = `money[${i}]`;
      c.money(m, p, false);
      if (!isObject(m)) return;
      c.oneOf(m.kind, MONEY_KINDS, `${p}.kind`);
      c.string(m.sentence, `${p}.sentence`, { nonEmpty: true });
    });
  }

  if (c.array(x.artifacts, 'artifacts')) {
    x.artifacts.forEach((a, i) => {
      const p = `artifacts[${i}]`;
      if (!c.object(a, p)) return;
      c.keys(a, ['kind', 'text', 'message', 'fix'], p);
      c.oneOf(a.kind, ARTIFACT_KIND_SET, `${p}.kind`);
      c.string(a.text, `${p}.text`, { nonEmpty: true });
      c.string(a.message, `${p}.message`, { nonEmpty: true });
      c.string(a.fix, `${p}.fix`, { nullable: true });
    });
  }

  // The summary travels as JSON (clipboard, --json, popup messaging): it must
  // survive a round trip unchanged (no undefined, NaN, Infinity, functions, cycles).
  try {
    const again = JSON.stringify(JSON.parse(JSON.stringify(x)));
    if (again !== JSON.stringify(x)) c.fail('summary', 'changes in a JSON round trip');
    if (hasUndefined(x)) c.fail('summary', 'contains an undefined value (dropped by JSON)');
  } catch (error) {
    c.fail('summary', `cannot be serialised as JSON: ${String(error)}`);
  }
  return c.problems;
}

function hasUndefined(x: unknown, depth = 0): boolean {
  if (x === undefined) return true;
  if (depth > 20 || typeof x !== 'object' || x === null) return false;
  return Object.values(x).some((v) => hasUndefined(v, depth + 1));
}

/**
 * Every excerpt the summary reports must be an exact substring of the text it
 * was read from (`paragraphs.join('\n\n')`): evidence sentences, money text and
 * sentences (and each money text inside its own sentence), equivalents, and
 * artifact excerpts. Returns the violations.
 */
export function validateExcerpts(summary: unknown, paragraphs: readonly string[]): string[] {
  const problems: string[] = [];
  if (!isObject(summary)) return ['summary: not an object'];
  const text = paragraphs.join(PARAGRAPH_SEPARATOR);
  // A lone surrogate in an excerpt of well-formed text means a character was cut in half.
  const wellFormed = text.isWellFormed();
  const check = (s: unknown, path: string): void => {
    if (typeof s !== 'string') return;
    if (!text.includes(s)) problems.push(`${path}: ${describe(s)} is not in the article text`);
    else if (wellFormed && !s.isWellFormed()) problems.push(`${path}: cuts a character in half (lone surrogate)`);
  };
  const checkMoney = (m: unknown, path: string): void => {
    if (!isObject(m)) return;
    check(m.text, `${path}.text`);
    if (isObject(m.equivalent)) check(m.equivalent.text, `${path}.equivalent.text`);
  };
  if (Array.isArray(summary.deals)) {
    summary.deals.forEach((d, i) => {
      if (!isObject(d)) return;
      if (Array.isArray(d.evidence)) d.evidence.forEach((e, j) => check(e, `deals[${i}].evidence[${j}]`));
      checkMoney(d.amount, `deals[${i}].amount`);
      checkMoney(d.valuation, `deals[${i}].valuation`);
    });
  }
  if (Array.isArray(summary.money)) {
    summary.money.forEach((m, i) => {
      if (!isObject(m)) return;
      checkMoney(m, `money[${i}]`);
      check(m.sentence, `money[${i}].sentence`);
      if (typeof m.text === 'string' && typeof m.sentence === 'string' && !m.sentence.includes(m.text)) {
        problems.push(`money[${i}]: text ${describe(m.text)} is not inside its sentence ${describe(m.sentence)}`);
      }
    });
  }
  if (Array.isArray(summary.artifacts)) {
    summary.artifacts.forEach((a, i) => {
      if (isObject(a)) check(a.text, `artifacts[${i}].text`);
    });
  }
  // The excerpt is the page's own (Readability's) or cut from the text; either way it must not split a character.
  const excerpt = isObject(summary.article) ? summary.article.excerpt : null;
  if (wellFormed && typeof excerpt === 'string' && !excerpt.isWellFormed() && text.includes(excerpt.replace(/…$/, ''))) {
    problems.push('article.excerpt: cuts a character in half (lone surrogate)');
  }
  return problems;
}

/** The paragraphs summarizeText actually analyses: trimmed, empty ones dropped. */
export function analysedParagraphs(paragraphs: readonly string[]): string[] {
  return paragraphs.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Shape + excerpts in one list. */
export function validateAll(summary: unknown, paragraphs: readonly string[]): string[] {
  return [...validateSummary(summary), ...validateExcerpts(summary, paragraphs)];
}
