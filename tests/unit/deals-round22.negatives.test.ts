/**
 * Round 22 (group 2): look-alikes the round-22 readers must leave as rounds, and the two rows of the review of round 21
 * (a span tied to an event is a date; a negated listing still reads as no listing). Invented sentences, EN and FR.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const amounts = (p: string) => readFunding({ paragraphs: [p] }).deals.map((d) => d.amount?.text ?? null);

describe('round 22: a span tied to an event by "of / d’" dates the round (SPAN_NOT_ANCHORED)', () => {
  it.each([
    ['Dravik raised $4 million in funding within eight months of its founding, led by Kestrel Ventures.', '$4 million'],
    ['Lumari a levé 2 millions d’euros en trois ans d’activité auprès de Seraphin Capital.', '2 millions d’euros'],
  ])('%s', (text, amount) => expect(amounts(text)).toContain(amount));
});

describe('round 22: a negation right next to the listing still says the company is private', () => {
  it.each([
    ['Quentor, which is not yet publicly listed, raised $35 million from Halden Capital.', '$35 million'],
    ['Mirevo, start-up qui n’est pas encore cotée en bourse, a levé 7 millions d’euros auprès de Norfin.', '7 millions d’euros'],
  ])('%s', (text, amount) => expect(amounts(text)).toContain(amount));
});

describe('round 22: look-alikes of the group, total and recipient readers stay rounds', () => {
  it.each([
    ['Six months after its launch, Nerova raised $5 million from Pallas Ventures.', '$5 million'],
    ['Acme raised $20 million in a Series B led by Alpha Capital, bringing its total investment to $35 million.', '$20 million'],
    ['Zentro has now raised $12 million in its Series A (led by Quill Partners).', '$12 million'],
    ['Kovalt a levé 9 millions d’euros pour accompagner des start-up du bâtiment.', '9 millions d’euros'],
    ['Lireo a levé 6 millions d’euros auprès de fonds qui ont investi dans des start-up du climat.', '6 millions d’euros'],
  ])('%s', (text, amount) => expect(amounts(text)).toContain(amount));
});
