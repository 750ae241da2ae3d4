/**
 * Funding, round 30: look-alikes of the readers of funding-round30.test.ts, invented rows in English and French. A list of
 * entries told this week stays news; an entry dated in its own parenthesis lends its year to no other; a "when" clause after no
 * year is the page's time; an investor word that is no predicate of the name ("the investors’ favourite") leaves it the raiser;
 * a firm's fund in the possessive is no round.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const read = (paragraphs: string[]) => readFunding({ paragraphs }).deals;

describe('round 30 negatives: statuses stay announced', () => {
  it.each<[string]>([
    ["Cette semaine, Kiplo (12 millions d'euros auprès de Quillfield), Velmora (8 millions d'euros) et Brisket (5 millions d'euros) ont levé des fonds."],
    ['This week Kiplo ($12 million from Quillfield), Velmora ($8 million) and Brisket ($5 million) closed rounds.'],
    ['Velmora, founded by two engineers, raised $2.5 million on Monday, when it also opened an office in Porto.'],
    ["Kiplo a levé 3 millions d'euros mardi, quand ses concurrents peinaient à trouver des investisseurs."],
  ])('row %#', (sentence) => expect(read([sentence]).every((d) => d.status === 'announced')).toBe(true));
});

describe('round 30 negatives: the raiser stays the subject', () => {
  it.each<[string[], string[]]>([
    [['Velmora is the investors’ favourite and raised $5 million in a seed round this week.'], ['Velmora']],
    [["Velmora, l'investisseuse de demain, a levé 5 millions d'euros."], ['Velmora']],
    [['Quillfield has closed a new fund.', 'The firm’s $300 million fund will back early startups.'], []],
  ])('row %#', (paragraphs, want) => expect(read(paragraphs).map((d) => d.company)).toEqual(want));
});
