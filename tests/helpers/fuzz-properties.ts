/**
 * The fuzzing properties of the core, shared by the quick run in `npm test`
 * (tests/unit/fuzz.test.ts) and the long run (scripts/fuzz.ts). Each property
 * states what must hold for ANY input of its kind: the core never throws, the
 * summary satisfies the contract, and every excerpt is in the article text.
 */
import fc from 'fast-check';
import { parseDocument } from '../../scripts/lib/node-dom';
import { analyzeDocument, summarizeText } from '../../utils/summary';
import { analysedParagraphs, validateAll } from './contract';
import { unexplained, wouldHang } from './known-issues';
import { deepHtml, htmlPage, htmlSoup, moneyToken, paragraphs, unicodeText } from './arbitraries';

/** Inputs skipped because a known hang would freeze on them (see known-issues.ts). */
export const SKIPPED = { count: 0 };

const STATUSES = new Set(['ok', 'not-article', 'too-large', 'error']);

/** How often each known (reported, not yet fixed) issue showed up in this process. */
export const KNOWN_ISSUE_HITS = new Map<string, number>();

/** Throw a readable error listing the contract violations, so fast-check reports them with the counterexample. */
function assertClean(all: string[]): void {
  const problems = unexplained(all, KNOWN_ISSUE_HITS);
  if (problems.length > 0) throw new Error(`contract violations:\n  ${problems.slice(0, 12).join('\n  ')}`);
}

/** summarizeText on paragraphs: no throw, valid summary, excerpts from the text. */
export function checkParagraphs(input: string[]): void {
  if (wouldHang(analysedParagraphs(input).join('\n\n'))) {
    SKIPPED.count++;
    return;
  }
  const summary = summarizeText({ paragraphs: input }, { input: 'fuzz' });
  assertClean(validateAll(summary, analysedParagraphs(input)));
  const empty = analysedParagraphs(input).length === 0;
  if (empty && (summary.deals.length || summary.money.length || summary.investors.length || summary.artifacts.length)) {
    throw new Error('findings reported for an empty document');
  }
}

/** analyzeDocument on an HTML string (through linkedom, as the command line does). */
export function checkHtml(html: string): void {
  let doc: Document;
  try {
    doc = parseDocument(html);
  } catch {
    // linkedom refused the markup: not the core's input. The browser always yields a Document.
    return;
  }
  if (wouldHang((doc.documentElement && doc.body?.textContent) || '')) {
    SKIPPED.count++;
    return;
  }
  const analysis = analyzeDocument(doc, { url: 'https://example.com/fuzz', input: null });
  if (!STATUSES.has(analysis.status)) throw new Error(`unknown status ${String(analysis.status)}`);
  if (analysis.status === 'ok') {
    if (analysis.message !== null) throw new Error('status ok with a message');
  } else {
    if (typeof analysis.message !== 'string' || analysis.message.trim() === '') throw new Error(`status ${analysis.status} without a message`);
    if (analysis.status === 'error') throw new Error(`status error: ${analysis.message}`);
    if (analysis.paragraphs.length > 0) throw new Error(`status ${analysis.status} with paragraphs`);
  }
  assertClean(validateAll(analysis.summary, analysis.paragraphs));
}

export interface FuzzProperty {
  name: string;
  /** Share of the total run count. */
  weight: number;
  property: fc.IProperty<[unknown]>;
  /** The property's inputs, for drawing a case again outside the run. */
  arbitrary: fc.Arbitrary<unknown>;
}

/** Inputs that took longer than SLOW_MS to analyse: a hint of super-linear code, reported by the long run. */
export const SLOW_MS = 2_000;
export const SLOW_CASES: { ms: number; input: unknown }[] = [];
let currentCase: unknown = null;
/** The case being checked right now (the long run prints it when it seems stuck). */
export function caseInProgress(): unknown {
  return currentCase;
}

/**
 * Told before every case which property runs and the case's number within that
 * property's run (numbers past its run count are shrinking steps). The long
 * run's watchdog reads it from outside the process: a case that never ends
 * blocks the process, so only the last number told before it can name it.
 */
let caseListener: ((property: number, index: number, input: unknown) => void) | null = null;
let runningProperty = -1;
let caseNumber = 0;

function prop<T>(arb: fc.Arbitrary<T>, check: (x: T) => void): fc.IProperty<[unknown]> {
  return fc.property(arb, (x) => {
    caseListener?.(runningProperty, caseNumber++, x);
    currentCase = x;
    const started = performance.now();
    check(x);
    const ms = performance.now() - started;
    if (ms > SLOW_MS) SLOW_CASES.push({ ms, input: x });
    currentCase = null;
  }) as unknown as fc.IProperty<[unknown]>;
}

function propertyOf<T>(arb: fc.Arbitrary<T>, check: (x: T) => void): Pick<FuzzProperty, 'property' | 'arbitrary'> {
  return { property: prop(arb, check), arbitrary: arb as fc.Arbitrary<unknown> };
}

/** Every property with its share of the runs: text is cheap, HTML goes through Readability, deep markup is costly. */
export const FUZZ_PROPERTIES: FuzzProperty[] = [
  { name: 'paragraphs: corpus, funding grammar, Unicode, money tokens', weight: 50, ...propertyOf(paragraphs, checkParagraphs) },
  { name: 'paragraphs: arbitrary Unicode only', weight: 15, ...propertyOf(fc.array(unicodeText, { maxLength: 10 }), checkParagraphs) },
  { name: 'paragraphs: huge and malformed money figures', weight: 10, ...propertyOf(fc.array(fc.array(moneyToken, { maxLength: 4 }).map((a) => a.join(' ')), { maxLength: 4 }), checkParagraphs) },
  { name: 'html: random pages (payloads, broken markup)', weight: 18, ...propertyOf(htmlPage, checkHtml) },
  { name: 'html: tag soup, empty and whitespace documents', weight: 6.8, ...propertyOf(htmlSoup, checkHtml) },
  { name: 'html: deeply nested markup', weight: 0.2, ...propertyOf(deepHtml, checkHtml) },
];

export interface PropertyOutcome {
  name: string;
  runs: number;
  failed: boolean;
  report: string | null;
  ms: number;
}

/** Run every property with its share of `total` runs (at least `minPerProperty` each). */
export function runFuzz(
  total: number,
  options: { seed?: number; minPerProperty?: number; log?: (line: string) => void; onCase?: (property: number, index: number, input: unknown) => void } = {},
): PropertyOutcome[] {
  const weightSum = FUZZ_PROPERTIES.reduce((s, p) => s + p.weight, 0);
  const outcomes: PropertyOutcome[] = [];
  caseListener = options.onCase ?? null;
  for (const [index, p] of FUZZ_PROPERTIES.entries()) {
    runningProperty = index;
    caseNumber = 0;
    const numRuns = propertyRuns(total, p, options.minPerProperty, weightSum);
    options.log?.(`...  ${p.name}: ${numRuns} runs`);
    const started = performance.now();
    const details = fc.check(p.property, { numRuns, seed: options.seed });
    const ms = performance.now() - started;
    const report = details.failed ? describeFailure(details) : null;
    const outcome = { name: p.name, runs: details.numRuns, failed: details.failed, report, ms };
    outcomes.push(outcome);
    options.log?.(`${details.failed ? 'FAIL' : 'ok  '} ${p.name}: ${details.numRuns} runs in ${(ms / 1000).toFixed(1)} s`);
  }
  caseListener = null;
  return outcomes;
}

/** A property's share of `total` runs (at least `minPerProperty`). */
export function propertyRuns(total: number, p: FuzzProperty, minPerProperty = 5, weightSum = FUZZ_PROPERTIES.reduce((s, q) => s + q.weight, 0)): number {
  return Math.max(minPerProperty, Math.round((total * p.weight) / weightSum));
}

/**
 * The input of case `index` of property `property` in a run with `seed`:
 * fast-check draws the same values for the same seed, so a case that hung a
 * process can be generated again outside it and saved for the regression row.
 */
export function regenerateCase(property: number, seed: number, index: number): unknown {
  const p = FUZZ_PROPERTIES[property];
  if (!p) return null;
  // The same runner as the run itself, with a predicate that only looks: fc.sample biases its draws
  // differently from fc.check (from the tenth case on), so it would not give back the same input.
  let drawn = 0;
  let input: unknown = null;
  fc.check(
    fc.property(p.arbitrary, (x) => {
      if (drawn++ === index) input = x;
    }),
    { seed, numRuns: index + 1 },
  );
  return input;
}

/** The error first (it says what broke), then the shrunk input, cut to a readable length. */
function describeFailure(details: fc.RunDetails<[unknown]>): string {
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const input = JSON.stringify(details.counterexample?.[0] ?? null);
  const shown = input.length > 1500 ? `${input.slice(0, 1500)}… (${input.length} chars)` : input;
  return `error: ${error.slice(0, 1500)}\ninput: ${shown}\nreplay: { seed: ${details.seed}, path: ${JSON.stringify(details.counterexamplePath)} } after ${details.numRuns} runs, shrunk ${details.numShrinks} times`;
}
