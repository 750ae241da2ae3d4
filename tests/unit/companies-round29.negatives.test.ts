/**
 * Look-alikes of round 29's apposition reader (companies-round29.test.ts): the apposition of a hired person is no company,
 * and a name inside the apposition is the antecedent itself (the rule leaves it).
 */
import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../utils/companies';

const subject = (sentence: string, verb: string) => subjectBefore(sentence, sentence.indexOf(verb));

describe('round 29 negatives: an apposition that names no raiser', () => {
  it('a hired person’s apposition: no company', () => expect(subject('Ana Reis hired Tom Dee, a former banker who raised § for Globex.', 'raised')).toBeNull());
  it('a name inside the apposition is the antecedent', () => expect(subject('Velmora, site de Tondaro qui a levé §, recrute.', 'a levé')?.name).toBe('Tondaro'));
});
