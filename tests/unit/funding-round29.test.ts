/**
 * Rounds told without a figure, round 29 (amountless-rounds.ts): readers of structure from the blind misses of batches 8–18.
 * (1) The withheld amount (readWithheldRound): "an undisclosed amount/sum/round/funding", "un montant non divulgué"; the company
 *     is the subject of the verb of raising before it (a coordinated list: each name), or the company the money went in
 *     ("an undisclosed investment in Acme"). Seen on six outlets of the blind misses (weekly digests, a newsletter, a feature).
 * (2) An adverb between the auxiliary and the participle of a closed round ("qui a récemment réalisé une levée de fonds auprès
 *     de Y", "which has recently closed a seed round from Y"), and the speaker's company whose relative clause tells the round.
 * Invented rows in English and French; each fails with its rule off (checked). Look-alikes: funding-round29.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findAmountlessRounds, readWithheldRound } from '../../utils/amountless-rounds';

describe('round 29: the withheld amount names its company', () => {
  it.each<[string, string[]]>([
    ['Velmora, a Lisbon-based tutoring startup, has raised an undisclosed amount from Quillfield Capital.', ['Velmora']],
    ['Velmora, a Lisbon-based tutoring startup, raised an undisclosed seed round from angel investors.', ['Velmora']],
    ['Brisket Labs got § each, while both Velmora and Tondaro received undisclosed amounts.', ['Velmora', 'Tondaro']],
    ['On Monday the Quillfield fund announced the investment of an undisclosed amount in Velmora, a tutoring startup.', ['Velmora']],
    ['There was also undisclosed funding in Velmora this week.', ['Velmora']],
    ['Velmora a levé un montant non divulgué auprès de Quillfield Capital.', ['Velmora']],
    ['Velmora et Tondaro ont obtenu des montants non communiqués.', ['Velmora', 'Tondaro']],
    ['Quillfield a réalisé un investissement non communiqué dans la jeune pousse lisboète Velmora.', ['Velmora']],
  ])('companies of row %#', (sentence, want) => expect(readWithheldRound(sentence)?.companies).toEqual(want));
});

describe('round 29: a closed round with an adverb, in a relative clause', () => {
  const companies = (s: string) => findAmountlessRounds(s, null).map((r) => r.company);
  it.each<[string, string]>([
    ['Velmora, une plateforme de cours qui a récemment réalisé une levée de fonds auprès de Quillfield Capital, recrute.', 'Velmora'],
    ['Velmora avait déjà bouclé un tour de table auprès de Quillfield Capital.', 'Velmora'],
    ['Velmora a également bouclé un tour de table mené par Quillfield Capital.', 'Velmora'],
    ['«C’est une surprise», explique Ana Reis, fondatrice de Velmora, plateforme de cours qui a récemment réalisé une levée de fonds auprès de Quillfield Capital.', 'Velmora'],
    ['“It was a surprise,” says Ana Reis, founder of Velmora, a tutoring platform that recently closed a seed round from Quillfield Capital.', 'Velmora'],
  ])('raiser of row %#', (sentence, want) => expect(companies(sentence)).toEqual([want]));
});
