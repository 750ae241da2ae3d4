/**
 * Phase 6: hostile inputs. Text shaped to make a careless pattern rescan a
 * run from each of its characters (whitespace runs, repeated words, glued
 * tokens, long lists). Each case is timed at size n and 2n: a linear reader
 * doubles, a quadratic one quadruples. These inputs used to sit in unit tests
 * as timed assertions; timing belongs here, so `npm test` asserts behaviour
 * only and this phase reports the growth.
 */
import { findInvestorMentions, parseList } from '../../utils/investors';
import { firstNameBefore, subjectBefore } from '../../utils/companies';
import { splitSentences } from '../../utils/sentences';
import { findArtifacts } from '../../utils/artifacts';
import { readFunding } from '../../utils/funding';
import { HEADLINE } from '../../tests/helpers/artifact-texts';
import { median, progress, time } from './stats';

interface HostileCase {
  name: string;
  /** The reader under test, fed an input built for size `n` (its unit: repetitions). */
  run: (n: number) => void;
  /** The base size; the case also runs at twice this. */
  n: number;
}

const investors = (text: string): void => {
  findInvestorMentions(text, { nearDeal: true });
  parseList(text, 'forward');
};
const subject = (sentence: string): void => {
  const at = sentence.indexOf('raised');
  subjectBefore(sentence, at);
  firstNameBefore(sentence, at);
};

export const HOSTILE_CASES: HostileCase[] = [
  // investors: cues that once rescanned a run from each of its characters (rounds 4 and 8)
  { name: 'investors: whitespace run before "funded by"', n: 15_000, run: (n) => investors(`was funded by ${' '.repeat(n)}round was funded by X`) },
  { name: 'investors: run of masked figures', n: 15_000, run: (n) => investors(`Led by an investment of ${'§'.repeat(n)} from A, B and C also provided funding.`) },
  { name: 'investors: one glued word after "led by"', n: 10_000, run: (n) => investors(`led by ${'Aa'.repeat(n)}`) },
  { name: 'investors: long "led by" list', n: 1_500, run: (n) => investors(`The round was led by ${'Acme Capital, '.repeat(n)}and Foo.`) },
  { name: 'investors: long semicolon list', n: 2_500, run: (n) => investors(`Other investors include ${'A, B; '.repeat(n)}; and C`) },
  { name: 'investors: whitespace run before a bare verb', n: 15_000, run: (n) => investors(`(${' '.repeat(n)}Northwind Capital participated.`) },
  { name: 'investors: run of country codes', n: 10_000, run: (n) => investors(`from ${'US '.repeat(n)}Boston Capital`) },
  { name: 'investors: run of slashed words', n: 10_000, run: (n) => investors(`from ${'Abcdef/'.repeat(n)}Xyz`) },
  { name: 'investors: long parenthesis after a figure', n: 2_500, run: (n) => investors(`§ (${'Acme Capital, '.repeat(n)}x)`) },
  // companies: tail strippers with optional spaces on both sides of a repeated word (round 4)
  { name: 'companies: repeated "has " before the raiser', n: 1_500, run: (n) => subject(`${'has '.repeat(n)}Z raised §.`) },
  { name: 'companies: repeated "aly " before the raiser', n: 1_500, run: (n) => subject(`${'aly '.repeat(n)}Z raised §.`) },
  { name: 'companies: repeated "has, " before the raiser', n: 1_500, run: (n) => subject(`${'has, '.repeat(n)}Z raised §.`) },
  // sentences: a long dotted abbreviation run (round 8: it was quadratic, minutes)
  { name: 'sentences: "S.A." run', n: 10_000, run: (n) => void splitSentences(`Acme ${'S.A.'.repeat(n)} raised money.`) },
  // artifacts: hard-wrapped print text, a glued "??" token (rounds 8 and 9)
  {
    name: 'artifacts: hard-wrapped cut lines',
    n: 2_500,
    run: (n) => {
      const lines: string[] = [HEADLINE];
      for (let k = 0; k < n; k++) lines.push('the company said the new money would help it to', 'Demand for robots has doubled over the past year.', 'hire more engineers in Ohio');
      findArtifacts({ paragraphs: lines });
    },
  },
  { name: 'artifacts: one token of "a??"', n: 20_000, run: (n) => void findArtifacts({ paragraphs: [HEADLINE, 'a??'.repeat(n)] }) },
  { name: 'artifacts: one long capitalised run (title strippers)', n: 10_000, run: (n) => void findArtifacts({ paragraphs: [HEADLINE, 'A'.repeat(n * 2) + '!', 'REUTERS - 3h ago', 'Second headline here', 'REUTERS - 5h ago'] }) },
  { name: 'artifacts: credited captions', n: 1_000, run: (n) => void findArtifacts({ paragraphs: [HEADLINE, ...Array.from({ length: n }, (_, k) => `Workers at plant ${k} on Monday. Credit: DH Photo`)] }) },
  // funding: a comparison list of other companies' rounds (review 7: it had no cap)
  { name: 'funding: long comparison list', n: 800, run: (n) => void readFunding({ paragraphs: [`Acme raised $20 million, after the raises of ${Array.from({ length: n }, (_, k) => `Firm${k} ($${k + 1} million)`).join(', ')}.`] }) },
  // artifacts: lost-hyphen review of round 14 (a rescan per name pair; a participle tried inside a long lower-case run)
  { name: 'artifacts: many glued name pairs ("the CrosbyXy x")', n: 1_000, run: (n) => findArtifacts({ paragraphs: [Array.from({ length: n }, (_, k) => `the Crosby${String.fromCharCode(65 + (k % 26))}${k.toString(36).replace(/[0-9]/g, 'q')}er x`).join(' ')] }) },
  { name: 'artifacts: long lower-case run ("lowlowlow…")', n: 7_000, run: (n) => findArtifacts({ paragraphs: [`${'low'.repeat(n)}ed`] }) },
  // companies: the inverted-verb test of each name run rescanned the whole text before it (session 10 speed hunt): names after
  // bullets or spaces, and a French investor list whose relative clauses are blanked ("Headline, qui avait mené …, Sistafund")
  { name: 'companies: bulleted names before the raiser ("• • Acme")', n: 1_500, run: (n) => subject(`${'• • Acme '.repeat(n)}Z raised §.`) },
  { name: 'companies: "on retrouve" list of names with "qui" clauses', n: 1_000, run: (n) => subject(`Parmi les investisseurs, on retrouve ${'Headline, qui avait mené la précédente levée de fonds de § en septembre dernier, '.repeat(n)}ainsi que Base10. Z raised §.`) },
  // funding: linear but over 200 ms at 50k characters in the session 10 hunt (one long sentence of figures, a long French list)
  { name: 'funding: one sentence of French figures ("5 millions d’euros et")', n: 1_100, run: (n) => void readFunding({ paragraphs: [`Acme a levé ${'5 millions d’euros et '.repeat(n)}au total.`] }) },
  { name: 'funding: "on retrouve" list with a figure per item', n: 250, run: (n) => void readFunding({ paragraphs: [`Parmi les investisseurs, on retrouve ${'Headline, qui avait mené la précédente levée de fonds de 16 millions d’euros en septembre dernier, '.repeat(n)}ainsi que Base10.`] }) },
];

export interface HostileRow {
  name: string;
  n: number;
  ms: number;
  ms2n: number;
  /** Time at 2n over time at n: about 2 when linear, 4 when quadratic. */
  ratio: number;
  superlinear: boolean;
}

/** A case is flagged when doubling its input more than triples its time and the larger run is long enough to matter. */
const SUPERLINEAR_RATIO = 3;
const SUPERLINEAR_FLOOR_MS = 50;

export function benchHostile(rounds: number): HostileRow[] {
  const rows: HostileRow[] = [];
  const runs = Math.max(1, Math.min(rounds, 3));
  for (const c of HOSTILE_CASES) {
    c.run(Math.max(1, c.n >> 4)); // warm-up: compile the patterns
    const at = (n: number): number => median(Array.from({ length: runs }, () => time(() => c.run(n))));
    const ms = at(c.n);
    const ms2n = at(c.n * 2);
    const ratio = ms2n / Math.max(ms, 0.01);
    rows.push({ name: c.name, n: c.n, ms, ms2n, ratio, superlinear: ratio > SUPERLINEAR_RATIO && ms2n > SUPERLINEAR_FLOOR_MS });
    progress(`hostile: ${c.name}: ${ms.toFixed(0)} → ${ms2n.toFixed(0)} ms`);
  }
  return rows;
}
