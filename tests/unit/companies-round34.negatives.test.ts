/**
 * Who raised, round 34, look-alikes of companies-round34.test.ts (invented rows): a time phrase elsewhere in the subject (a
 * participle, a relative clause: Sunday CET's "Dog Heroes, D2C for pet food which 3x-ed its ARR this year, raised", 572, lost its
 * subject to a first draft that stripped any time phrase) keeps the appositive and participle readings; no name stays none.
 */
import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../utils/companies';

const subject = (text: string, verb: string) => subjectBefore(text, text.indexOf(verb))?.name ?? null;

describe('round 34: time phrases that are not after a reporting verb', () => {
  it.each<[string, string, string | null]>([
    ['Kiplo, founded in 2019, raised §§§§ from Sequoia.', 'raised', 'Kiplo'],
    ['The Paris startup Kiplo, founded in June 2020, raised §§§§.', 'raised', 'Kiplo'],
    ['Kiplo, lancée en mars, a levé §§§§.', 'levé', 'Kiplo'],
    ['Acme Capital, which backed Kiplo in 2019, raised §§§§ for its fund.', 'raised', 'Acme Capital'],
    ['A startup from Lyon in 2019 raised §§§§.', 'raised', null],
    ['Analysts said last September that startups had raised §§§§.', 'raised', null],
    // A time phrase inside a relative clause of the subject, not after a reporting verb.
    ['Kiplo, a pet food brand which tripled its sales this year, raised §§§§.', 'raised', 'Kiplo'],
    ['Norvio, whose revenue doubled last year, raised §§§§.', 'raised', 'Norvio'],
  ])('%s', (text, verb, want) => expect(subject(text, verb)).toBe(want));
});
