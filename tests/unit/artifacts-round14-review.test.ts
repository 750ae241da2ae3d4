import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { lineRules } from '../../utils/artifacts/lexicon';

/** A plain body around each row, so a rule sees a whole article and not a lone line. */
const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by Sequoia.',
  'The company plans to use the proceeds to hire engineers in London and expand its factories in Ohio.',
];
const found = (kind: string, ...extra: string[]) =>
  findArtifacts({ paragraphs: [...BODY, ...extra] }).filter((a) => a.kind === kind).map((a) => [a.text, a.fix]);

describe('lost hyphens: review of round 14 (size-bound and overlap rows)', () => {
  it('many name pairs read against one text: the pair still needs its first name written alone', () => {
    const rows = Array.from({ length: 400 }, (_, k) => `the Crosby${String.fromCharCode(65 + (k % 26))}${'abcdefghij'[k % 10]}${'klmnopqrst'[(k >> 4) % 10]}${'uvwxyz'[(k >> 8) % 6]}er x`);
    expect(found('lost-hyphen', rows.join(' ') + '.')).toEqual([]);
  });
  it('a first name written alone after a comma or a lower-case word is the evidence', () => {
    expect(found('lost-hyphen', 'Near Brampton, Velmont and Orlick, the roads flooded. It hit the OrlickBrenner district hard.'))
      .toEqual([['OrlickBrenner', 'Orlick-Brenner']]);
    expect(found('lost-hyphen', 'Orlick opened a school. It hit the OrlickBrenner district hard.')).toEqual([]);
  });
  it('a long lower-case run is no glued participle', () => {
    expect(found('lost-hyphen', `${'low'.repeat(4_000)}ed`)).toEqual([]);
    expect(found('lost-hyphen', `The x${'low'.repeat(10)}moving car.`)).toEqual([]);
  });
  it('a glued participle after a hyphen stays', () => {
    expect(found('lost-hyphen', "The semi-fastgrowing form.")).toEqual([]);
  });
});

describe('tag row over a headline: a source line needs a capital and a short name (review of round 14)', () => {
  const STORY = [
    'The museum opened its new wing on Saturday after a decade of work, the curator said.',
    'Visitors queued for hours to see the collection, which spans four centuries of art.',
  ];
  const tags = (headline: string) =>
    findArtifacts({ paragraphs: ['Garden Travel Regional Harvest Culture', headline, ...STORY] }).filter((a) => a.kind === 'boilerplate').map((a) => a.text);
  it.each([
    'From Orchard To Kitchen Bakers Unite',
    'By The Canal Bakers Unite Again',
    'With Rising Rents Local Bakers Unite',
  ])('a headline opening with a source word: %s', (headline) => {
    expect(tags(headline)).toEqual(['Garden Travel Regional Harvest Culture']);
  });
  it.each(['FROM Associated Press', 'By Jane Roe', 'Par Marie Dupont'])('a real source line: %s', (line) => {
    expect(tags(line)).toEqual([]);
  });
});

describe('round 14 chrome rules test a capital without the i flag (review of round 14)', () => {
  const rules = (...extra: string[]) => findArtifacts({ paragraphs: [...BODY, ...extra] }).filter((a) => a.kind === 'boilerplate').map((a) => a.text);
  it.each([
    'Watch live on the website as the votes are counted',
    'Watch live on the website',
    'Stream more news live on the app',
  ])('a live-stream promo needs a name after "on": %s', (line) => {
    expect(rules(line)).toEqual([]);
  });
  it.each(['Watch live on Harbor News', 'WATCH LIVE ON Harbor News', 'Get more newsLiveonKestrel TV'])('a live-stream promo: %s', (line) => {
    expect(rules(line)).toEqual([line]);
  });
  it('a related label and a pipe need a capital or a digit after them', () => {
    expect(rules('read | write access was restored to every user on the team')).toEqual([]);
    expect(rules('ALSO READ | Flood warning lifted for the valley')).toEqual(['ALSO READ | Flood warning lifted for the valley']);
    expect(rules('Also Read | Flood warning lifted for the valley')).toEqual(['Also Read | Flood warning lifted for the valley']);
  });
});

describe('a source-and-age line whose source has dots (review of round 14)', () => {
  const sourceAge = lineRules(['source-age'])[0]!.re;
  it.each(['U.K. Wire - 4 hours ago', 'Harborpost.com · 5h ago', 'N.Y. Ledger | 12 mins ago'])('%s', (line) => {
    expect(sourceAge.test(line)).toBe(true);
  });
  it.each(['Ada left. She came back - 2 hours ago', 'The fire started two hours ago'])('not a source line: %s', (line) => {
    expect(sourceAge.test(line)).toBe(false);
  });
});
