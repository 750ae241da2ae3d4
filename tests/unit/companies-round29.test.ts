/**
 * Who raised, round 29 (companies.ts subjectBefore): a relative clause that hangs on a name's apposition (LOWER_APPOSITION).
 * "la société X, site de comparateur … qui a levé", "X, maker of tiny sensors which raised": the apposition of lower-case words
 * set off by a comma is the name again, so the relative's antecedent is the name before it (blind miss of batch 18; the
 * apposition-then-relative shape is the press's common way to introduce a company in EN and FR).
 * Invented rows; each fails with the rule off (checked). Look-alikes: companies-round29.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../utils/companies';

const subject = (sentence: string, verb: string) => subjectBefore(sentence, sentence.indexOf(verb));

describe('round 29: a relative on the name’s apposition', () => {
  it.each<[string, string, string]>([
    ['Velmora, site de cours en ligne qui a levé §, recrute.', 'a levé', 'Velmora'],
    ['Tondaro, outil de paie pour artisans qui a bouclé §, recrute.', 'a bouclé', 'Tondaro'],
    ['Our pick is Velmora, maker of tiny sensors which raised § in May.', 'raised', 'Velmora'],
  ])('subject of row %#', (sentence, verb, want) => expect(subject(sentence, verb)?.name).toBe(want));
});
