/**
 * Round 28 (group 2): readers of the figure's own clause. Invented sentences, EN and FR; each row runs through readFigure only.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';

function kindAt(masked: string): string {
  const at = masked.indexOf('§');
  return readFigure(masked, at, at + 1).kind;
}

describe('round 28: a lone figure is read in its own clause (loneFigureClause); another story\'s transaction word does not veto it', () => {
  it.each([
    // A digest sentence: the purchase is told in a coordinated clause after the figure.
    'Also today, lending app Zorvex raised § to reach more farmers, and Lyon-based Talvo has purchased the analytics firm Quenby.',
    'Zorvex raised § in a Series B round; Talvo bought Quenby the same day.',
    'La fintech Zorvex a levé § auprès de Norvik, et Talvo a annoncé l\'acquisition de Quenby.',
    // A relative clause closed before the figure tells the raiser's past, not the figure.
    'Zorvex, which purchased a smaller rival in 2021, raised § in a Series C round led by Norvik.',
    'Zorvex, qui a finalisé l\'acquisition d\'un concurrent en 2021, a levé § auprès de Norvik.',
    // A coordinated clause before the figure tells another story.
    'Talvo sold its bakery unit to Quenby, and Zorvex raised § in seed funding from Norvik.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('round 28 (review F2): a place that qualifies the company named next is not where an outlay goes (PLACE_QUALIFIES_NAME)', () => {
  it.each([
    'Norvik Partners led a § investment in Boston robotics startup Quenby.',
    'Norvik Partners made a § investment in France’s Quenby, a maker of drones.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});
