// @vitest-environment happy-dom
/**
 * A damage repeated all through the text is one artifact (utils/artifacts/index.ts, onceForEveryCopy): every
 * occurrence of its excerpt flagged alike, three times or more, gives the first one, its message counting them
 * (copies.ts). The clean copy repairs, and the highlighter paints, every occurrence. Negatives: two places stay two
 * findings; an excerpt flagged with different repairs keeps one finding per place.
 */
import { describe, expect, it } from 'vitest';
import { anchor, buildTextIndex } from '../../utils/anchor';
import { findArtifacts } from '../../utils/artifacts';
import { copyCount, withCopyCount } from '../../utils/artifacts/copies';
import { findingsOf } from '../../utils/categories';
import { cleanCopy } from '../../utils/clean';
import type { Artifact, Summary } from '../../utils/types';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
];
const found = (line: string): Artifact[] => findArtifacts({ paragraphs: [...BODY, line] }).filter((a) => a.kind !== 'boilerplate');

describe('a damage repeated through the text: one artifact with its count', () => {
  it.each<[string, string, Array<[string, string | null, number]>]>([
    ['the same mis-decoded letter in four words', 'La sociÃ©tÃ© lyonnaise a levÃ© 5 millions et embauchÃ© 20 personnes.', [['Ã©', 'é', 4]]],
    ['the same mis-decoded apostrophe three times', 'The chairmanâ€™s plan and the boardâ€™s vote, the CEOâ€™s call.', [['â€™', '’', 3]]],
    ['the same escaped entity three times', 'Johnson &amp; Johnson, Procter &amp; Gamble and Marks &amp; Spencer said sales rose.', [['&amp;', '&', 3]]],
    ['the same word without its hyphen three times', 'Sales rose yearon-year in May, yearon-year in June and yearon-year in July.', [['yearon-year', 'year-on-year', 3]]],
  ])('%s', (_name, line, expected) => {
    expect(found(line).map((a) => [a.text, a.fix, copyCount(a)])).toEqual(expected);
  });

  it('says the count at the end of its message', () => {
    const [a] = found('La sociÃ©tÃ© lyonnaise a levÃ© 5 millions et embauchÃ© 20 personnes.');
    expect(a!.message).toMatch(/“Ã©” should read “é” \(found 4 times\)\.$/u);
  });
});

describe('a damage at few places or with different repairs: one artifact per place', () => {
  it.each<[string, string, Array<[string, string | null, number]>]>([
    ['two places', 'La sociÃ©tÃ© lyonnaise a levé 5 millions.', [['Ã©', 'é', 1], ['Ã©', 'é', 1]]],
    [
      'one broken sequence standing for an opening quote, a closing quote and apostrophes',
      'He said âwe are readyâ on Friday, and itâs the companyâs plan; letâs see.',
      [['â', '“', 1], ['â', '”', 1], ['â', '’', 1], ['â', '’', 1], ['â', '’', 1]],
    ],
  ])('%s', (_name, line, expected) => {
    expect(found(line).map((a) => [a.text, a.fix, copyCount(a)])).toEqual(expected);
  });

  it('reads no count in a message without one', () => {
    expect(copyCount({ message: 'A curly apostrophe (UTF-8) was decoded as Latin-1.' })).toBe(1);
    expect(copyCount({ message: withCopyCount('An HTML entity was left undecoded in the text.', 7) })).toBe(7);
  });
});

describe('every copy repaired and painted', () => {
  const line = 'La sociÃ©tÃ© lyonnaise a levÃ© 5 millions et embauchÃ© 20 personnes.';

  it('the clean copy repairs every occurrence, and lists nothing as left', () => {
    const paragraphs = [...BODY, line];
    const copy = cleanCopy({ paragraphs }, findArtifacts({ paragraphs }), 'text');
    expect(copy.article).toBe([...BODY, 'La société lyonnaise a levé 5 millions et embauché 20 personnes.'].join('\n\n'));
    expect(copy.unrepaired).toEqual([]);
  });

  it('an artifact without a repair is listed once as left, however many places', () => {
    const artifact: Artifact = { kind: 'mojibake', text: 'Ăš', message: withCopyCount('A letter cannot be told for sure.', 2), fix: null };
    expect(cleanCopy({ paragraphs: ['La piĂšce et la biĂšre.'] }, [artifact], 'text').unrepaired).toEqual([artifact]);
  });

  it('the finding asks for every copy; a one-place artifact does not', () => {
    const artifacts: Artifact[] = [
      ...found(line),
      { kind: 'mojibake', text: 'Â£', message: 'UTF-8 text was decoded as Windows-1252; “Â£” should read “£”.', fix: '£' },
    ];
    const findings = findingsOf({ deals: [], investors: [], money: [], artifacts } as unknown as Summary);
    expect(findings.map((f) => [f.text, !!f.copies])).toEqual([['Ã©', true], ['Â£', false]]);
  });

  it('the anchor paints every occurrence, inside words too', () => {
    document.body.innerHTML = `<p>La sociÃ©tÃ© lyonnaise a levÃ© 5 millions et <b>embauchÃ©</b> 20 personnes.</p>`;
    const index = buildTextIndex(document.body);
    expect(anchor(index, { text: 'Ã©', copies: true }).map((r) => r.toString())).toEqual(['Ã©', 'Ã©', 'Ã©', 'Ã©']);
    expect(anchor(index, { text: 'Ã©' })).toHaveLength(1);
  });
});
