/**
 * The raiser, round 26 (companies.ts). Shapes of the blind misses read by structure, each seen on two outlets or more:
 * (1) a Commonwealth two-part legal form with its abbreviation dots and no comma ("Acme Pte. Ltd.", "Acme Co. Ltd.", "Acme
 *     Sdn. Bhd.", "Acme Pty Ltd") closes the subject's name; it neither ends the name early nor hides it (LEGAL_SUFFIX_ALONE,
 *     LEGAL_GAP). Blind 721 (BioWorld) and fixtures 653, 578, 532 (three other outlets).
 * (2) a gerund after a subordinator ("by raising", "after raising", "en levant") has the main clause's subject, however long
 *     the predicate between them and whatever capitalised words it holds (GERUND_SUBORDINATOR_END).
 * (3) review of round A: a source followed by a subject pronoun is the pronoun's antecedent, not blanked (SOURCE_ADJUNCT).
 * Invented rows, English and French, run through subjectBefore (and readFunding for (3), whose antecedent step reads the
 * pronoun); each fails without its rule. Negatives: the .negatives file.
 */
import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../utils/companies';
import { readFunding } from '../../utils/funding';

/** The subject of the first funding verb of an invented sentence. */
const VERB = /(?<!\p{L})(?:raised|raising|levant|lève|levé|secured|closed)(?!\p{L})/u;
const raiser = (sentence: string) => {
  const at = VERB.exec(sentence)!.index;
  return subjectBefore(sentence, at)?.name ?? null;
};

describe('round 26: a two-part legal form with dots closes the name', () => {
  it.each<[string, string]>([
    ['Kelpra Robotics Pte. Ltd', 'Kelpra Robotics Pte. Ltd. has raised $40 million in a series B round.'],
    ['Orvani Health Sdn. Bhd', 'Orvani Health Sdn. Bhd. has secured $8 million in a seed round.'],
    ['Tilvo Medical Co. Ltd', 'Tilvo Medical Co. Ltd. has raised $30 million in a series C financing.'],
    ['Brivola Pharma Co. Ltd', 'Brivola Pharma Co. Ltd. a levé 20 millions d’euros en série B.'],
  ])('%s ← %s', (want, sentence) => expect(raiser(sentence)).toBe(want));
});

describe('round 26: a gerund after a subordinator has the main clause’s subject', () => {
  it.each<[string, string]>([
    ['Kelpra Therapeutics AG', 'Kelpra Therapeutics AG has moved a step closer to the clinic in Europe and the United States by raising $50 million.'],
    ['Orvani', 'Orvani has become one of the leading names of European logistics after raising $20 million from Accel.'],
    ['Tilvo', 'Tilvo a franchi un cap décisif sur le marché Européen en levant 5 millions d’euros auprès de Partech.'],
    ['Kiplo', 'Kiplo s’est imposée comme un acteur majeur de la logistique en Île-de-France en levant 8 millions d’euros.'],
  ])('%s ← %s', (want, sentence) => expect(raiser(sentence)).toBe(want));
});

describe('round 26: a source followed by a subject pronoun is the antecedent', () => {
  it.each<[string, string]>([
    ['Kelvra', 'D’après Kelvra, elle a bouclé une levée de fonds de 3 millions d’euros.'],
  ])('%s ← %s', (want, sentence) => expect(readFunding({ paragraphs: [sentence] }).deals[0]?.company ?? null).toBe(want));
});
