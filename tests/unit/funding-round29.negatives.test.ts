/**
 * Look-alikes of round 29's readers (funding-round29.test.ts): no round, or no company, where the shape is close.
 * (1) A withheld price ("acquired X for an undisclosed amount", "pour un montant non dévoilé"), withheld investors or terms,
 *     and an unnamed subject are no round.
 * (2) Backed-by is ownership, not a round: "X, backed by Y", "Y-backed X", "X, soutenue par Y" tell who holds shares, with no
 *     event and no time. In the fixtures below 780, 61 such sentences carry no gold deal and none carries one by itself (an
 *     earlier round is gold only where the sentence tells the round: "a levée de fonds auprès de Y", "its round was led by").
 *     No amountless reader takes them; the speaker named in a quote's attribution stays no raiser without a relative clause.
 */
import { describe, expect, it } from 'vitest';
import { findAmountlessRounds, readWithheldRound } from '../../utils/amountless-rounds';

describe('round 29 negatives: a withheld figure that is no round', () => {
  it.each<[string]>([
    ['Tondaro acquired Velmora for an undisclosed amount.'],
    ['Tondaro a racheté Velmora pour un montant non dévoilé.'],
    ['The round also drew undisclosed individual investors.'],
    ['Three other startups raised undisclosed amounts.'],
    ['The terms of the agreement were undisclosed.'],
    ['Velmora sold its lending unit at an undisclosed price.'],
  ])('no company: %s', (sentence) => expect(readWithheldRound(sentence)).toBeNull());
});

describe('round 29 negatives: backed-by is ownership, a speaker is no raiser', () => {
  it.each<[string]>([
    ['Velmora, a startup backed by Quillfield Capital, opened an office in Porto.'],
    ['Quillfield-backed Velmora opened an office in Porto.'],
    ['Velmora, soutenue par Quillfield Capital, ouvre un bureau à Porto.'],
    ['“It was a surprise,” says Ana Reis, founder of Velmora, who once closed a seed round from Quillfield Capital.'],
    ['Velmora has recently closed its office in Porto.'],
    ['Velmora a récemment réalisé une campagne de recrutement auprès de Quillfield Capital.'],
  ])('no round: %s', (sentence) => expect(findAmountlessRounds(sentence, null)).toEqual([]));
});
