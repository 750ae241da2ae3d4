/**
 * Look-alikes of the round-26 raiser rules (companies.ts; see companies-round26.test.ts): a sentence's period before a legal
 * word, a gerund with no named main subject, a finite funding verb after the subordinator, a one-part legal form, and a source
 * followed by a named subject. Invented rows, English and French.
 */
import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../utils/companies';
import { readFunding } from '../../utils/funding';

const VERB = /(?<!\p{L})(?:raised|raising|levant|lève|levé|secured|closed)(?!\p{L})/u;
const raiser = (sentence: string) => {
  const at = VERB.exec(sentence)!.index;
  return subjectBefore(sentence, at)?.name ?? null;
};

describe('round 26 negatives: the raiser is not taken from a look-alike', () => {
  it.each<[string | null, string]>([
    // A one-part legal form keeps its old reading.
    ['Kelpra Robotics Ltd', 'Kelpra Robotics Ltd. has raised $40 million in a series B round.'],
    // No name opens the main clause: the gerund's subject is not in the sentence.
    [null, 'Investors have rushed into European logistics by raising new funds of $500 million.'],
    [null, 'The funding comes two weeks after raising $20 million from Accel.'],
    [null, 'Les investisseurs se sont rués sur la logistique Européenne en levant 500 millions d’euros.'],
    // A finite verb after the subordinator has its own subject.
    ['Kiplo', 'Orvani has partnered with Tilvo after Kiplo raised $5 million from Accel.'],
    ['Kiplo', 'Orvani a signé avec Tilvo après que Kiplo a levé 5 millions d’euros.'],
    // Review of round A (F9): an "e-" sector noun after a kind noun is the field, not the company.
    [null, 'La start-up e-Santé a levé 2 millions d’euros auprès de Kima.'],
    [null, 'The startup e-Commerce raised $2 million from Accel.'],
  ])('%s ← %s', (want, sentence) => expect(raiser(sentence)).toBe(want));
});

describe('round 26 negatives: a source followed by a named subject stays blanked', () => {
  it.each<[string, string]>([
    ['Kelvra', 'Selon Les Echos, Kelvra a levé 3 millions d’euros.'],
    ['Kelvra', 'According to Dealroom, Kelvra has raised $3 million in a seed round.'],
  ])('%s ← %s', (want, sentence) => expect(readFunding({ paragraphs: [sentence] }).deals[0]?.company ?? null).toBe(want));
});
