/**
 * Investor lists, round 6: the general shapes behind batch 7's extra investors
 * (.tmp/batch7-funding-report.md, pattern 8), told positively: the names around the
 * rejected words must still be read. Money masked as "§". The rows that must NOT yield
 * investors are in investors-round6.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findInvestorMentions } from '../../utils/investors';

type Want = Array<[string, string[]]>;
const mentions = (s: string) => findInvestorMentions(s, { nearDeal: true }).map((m) => [m.role, m.names]);

describe('two places sharing one "-based" leave the names around them', () => {
  const rows: Array<[string, Want]> = [
    ['The financing was led by Happiness Capital and Hanaco Ventures, a New York and Tel Aviv-based fund specialising in Israeli startups.', [['lead', ['Happiness Capital', 'Hanaco Ventures']]]],
    ['The § round was led by Accel and Vertex, a London and Paris-based firm.', [['lead', ['Accel', 'Vertex']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('"aux côtés de" still reads investors when the sentence is about a round', () => {
  const rows: Array<[string, Want]> = [
    ['Kima Ventures investit § aux côtés de Partech et Elaia.', [['participant', ['Kima Ventures']], ['participant', ['Partech', 'Elaia']]]],
    ['Le tour de table a réuni Serena aux côtés de Breega.', [['participant', ['Serena']], ['participant', ['Breega']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence).filter(([, n]) => (n as string[]).length > 0)).toEqual(want));
});

describe('"from its …" names the investors when it is not a fund vehicle', () => {
  const rows: Array<[string, Want]> = [
    ['Acme raised § from its existing investors Accel and Index Ventures.', [['participant', ['Accel', 'Index Ventures']]]],
    ['Acme raised § from Accel and Index Ventures.', [['participant', ['Accel', 'Index Ventures']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});

describe('a negation elsewhere does not mute a lead', () => {
  const rows: Array<[string, Want]> = [
    ['The § round was led by Accel; Sequoia declined to invest.', [['lead', ['Accel']]]],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));
});
