/**
 * Who raised, round 31, look-alikes (invented rows) of companies-round31.test.ts: titled names whose tail is a name or a count,
 * not a year, stay whole; a named subject after the fronted adverbial is still read; letters with a circumflex inside a name
 * ("Château", "Pâtisserie") are no broken possessive, nor is a name followed by a sound apostrophe.
 */
import { describe, expect, it } from 'vitest';
import { namesIn, subjectBefore } from '../../utils/companies';

const subject = (sentence: string, verb: string) => subjectBefore(sentence, sentence.indexOf(verb));

describe('round 31: titled names and named subjects stay', () => {
  it.each<[string, string, string]>([
    ['Bridge to Tomorrow raised § from Accel.', 'raised', 'Bridge to Tomorrow'],
    ['Club of 300 raised § in a seed round.', 'raised', 'Club of 300'],
    ['Later in 2019, Kelprum raised § from Accel.', 'raised', 'Kelprum'],
    ['Plus tard en 2021, Velmora a levé § auprès de Partech.', 'a levé', 'Velmora'],
  ])('%s', (sentence, verb, want) => expect(subject(sentence, verb)?.name).toBe(want));
});

describe('round 31: a circumflex or a sound apostrophe is no broken possessive', () => {
  it.each<[string, string[]]>([
    ['Château Kelprum raised § in May.', ['Château Kelprum']],
    ['Pâtisserie Velmora a levé § en mai.', ['Pâtisserie Velmora']],
    ['Tondaro’s team grew to forty.', ['Tondaro']],
  ])('%s', (text, want) => expect(namesIn(text)).toEqual(want));
});
