import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 20: invented sentences, EN and FR.

// Guards of the institution filter (INSTITUTION_RAISER, NOT_A_BACKER_SOURCE): a company funded by a named fund stays a deal.
describe('round 20: a company funded by a named fund stays a deal', () => {
  const rows: [string, string, string, string][] = [
    ['a startup and a fund (EN)', 'Hospital software startup Quellish has received funding from Copperleaf Partners.', 'Quellish', 'Copperleaf Partners'],
    ['a startup and a fund (FR)', 'La jeune pousse Folavie a obtenu un financement de la part de Saltmarsh Capital.', 'Folavie', 'Saltmarsh Capital'],
  ];
  it.each(rows)('%s', (_label, sentence, company, investor) => {
    const deal = readFunding({ paragraphs: [sentence] }).deals.find((d) => d.company === company);
    expect(deal?.investors).toContain(investor);
  });
});

// Review B finding 1: a grant-maker's word that is not the head of the only backer's name, and an institution noun that is not
// the last word of the raiser's name, leave the deal alone (isGrantMakerOnly, isInstitutionRaiser in amountless-rounds.ts).
describe('round 20: a company named like an institution, or backed beside a grant-maker, stays a deal', () => {
  const rows: [string, string, string][] = [
    ['a bank named "Trust" beside a fund (EN)', 'Tarnwick received funding from Harbour Trust and Copperleaf Partners to grow its payments desk.', 'Tarnwick'],
    ['a regional fund beside another (FR)', 'Folavie a obtenu un financement de la part de Région Nord Capital et de Saltmarsh Ventures.', 'Folavie'],
    ['a foundation’s venture arm beside a fund (EN)', 'Quellish secured funding from the Ridley Foundation growth fund and Copperleaf Partners.', 'Quellish'],
    ['"Hospital" inside a company’s name (EN)', 'Nantes-based CareBridge Hospital Systems has received funding from Copperleaf Partners.', 'CareBridge Hospital Systems'],
    ['"École" inside a company’s name (FR)', 'La société lyonnaise Folavie École Numérique a obtenu un financement de la part de Saltmarsh Capital.', 'Folavie École Numérique'],
  ];
  it.each(rows)('%s', (_label, sentence, company) => {
    expect(readFunding({ paragraphs: [sentence] }).deals.map((d) => d.company)).toContain(company);
  });
});

// A barometer's total told with the participle after the figure, framed by many raisers or a span of the calendar
// (POSTPOSED_TOTAL_AFTER in funding.ts): no round of any one company.
describe('round 20: a postposed participle with a class of raisers or a period is a total', () => {
  const rows: [string, string][] = [
    ['a span "entre … et …" (FR)', 'Avec 2,2 milliards d’euros levés entre janvier et septembre, l’écosystème français s’impose en Europe.'],
    ['"raised by <plural> in the first half" (EN)', 'Tarnwick topped the chart, but the real story is the $3.1 billion raised by European startups in the first half.'],
  ];
  it.each(rows)('%s', (_label, sentence) => {
    expect(readFunding({ paragraphs: [sentence] }).deals).toEqual([]);
  });
});
