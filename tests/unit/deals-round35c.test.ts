/**
 * Session 22, final CI: deals.ts's list items after a copula (8f3f8a9, "The biggest deals were A (§) and B (§)") read a list of
 * funds closed as rounds, which review 20's finding 4 had ruled out for the other list reader (companies.ts parenthesisedItems).
 * Both readers now share the veto (companies.ts listHoldsFund). Invented rows; the first two gave deals at 4831310.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 35c: a list of funds after a copula is no list of rounds', () => {
  it.each<[string]>([
    ['The largest vehicles raised in the half were Orbis Fund III ($300m) and Kestrel Fund II ($120m).'],
    ['The top funds raised last quarter were Larkspur Growth ($500m to back fintech founders) and Quillon Partners ($150m to invest in climate startups).'],
  ])('gives no deal: %s', (text) => expect(companies(text)).toEqual([]));
});

describe('round 35c guards: rounds listed after a copula stay rounds', () => {
  it.each<[string, string[]]>([
    ['The biggest deals of the quarter were Kiplo ($40m) and Orvani ($12m).', ['Kiplo', 'Orvani']],
    ['The biggest rounds of the quarter were Kiplo ($40m to invest in its platform) and Orvani ($12m).', ['Kiplo', 'Orvani']],
  ])('%s', (text, want) => expect(companies(text).sort()).toEqual(want));
});
