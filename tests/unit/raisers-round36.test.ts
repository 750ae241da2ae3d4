/**
 * Who raised, round 36 (session 23, group 1a). (1) A US state as the AP style writes it after a town ("Eaglewood, Colo.",
 * "Cambridge, Mass.", "Albany, N.Y.") is the town's state, never the raiser (clayandmilk 1001; the town-and-state shape runs
 * through bioworld, buyoutsinsider, edibleplanet and massdevice). (2) An appositive set between em dashes with no spaces
 * ("Acme—a billing software provider—based in …, raised", clayandmilk 1001; "Stitch—which focuses on …—has raised", dabafinance
 * 624) is an aside like a spaced one. (3) A ranking's "followed by X with §" / "suivi de X avec §": X owns the figure, not the
 * subject of the clause before (healthcarerising 685; rasmal 1017 and arabnews 229 with a place there). Invented rows, English
 * and French; each red before its change (checked).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 36: the state after a town, a close-set dashed aside, the next rank of a ranking (red before)', () => {
  it.each<[string, string[], (string | null)[]]>([
    ['EN: "based in Town, Colo., raised"', ['Kelbio, based in Boulder, Colo., raised $5 million from Tarvel Capital.'], ['Kelbio']],
    ['EN: "based in Town, Colo. raised" with no closing comma', ['Nothing else moved this week.', 'Kelbio, a freight software maker based in Boulder, Colo. raised $5 million.'], ['Kelbio']],
    ['EN: "headquartered in Town, Mass., has raised"', ['Orvani, headquartered in Worcester, Mass., has raised $7 million in a seed round.'], ['Orvani']],
    ['EN: a dotted state, "Town, N.Y.,"', ['Quorly, based in Rochester, N.Y., has raised $3 million.'], ['Quorly']],
    ['EN: the state after a town, past a close-set dashed aside', ['Kelbio—a freight software maker—based in Boulder, Colo. raised $5 million in funding.'], ['Kelbio']],
    ['EN: two items with close-set dashed asides', ['Kelbio—a freight software maker—based in Boulder, Colo. raised $5 million in funding.', 'Orvani—a meal kit delivery service—based in Chicago, raised $2 million in seed funding.'], ['Kelbio', 'Orvani']],
    ['EN: a close-set "—which …—" aside after another item', ['Kelbio raised $5 million from Tarvel Capital.', 'Orvani—which builds payroll tools for small shops—has raised $3 million in a seed round.'], ['Kelbio', 'Orvani']],
    ['EN: "followed by X with §" after another company\'s figure', ['Tarvel Health secured $4 million in debt in May.', 'Kelbio received the largest amount of the month, followed by Orvani with $1 million, both to grow in Ghana.'], ['Tarvel Health', 'Orvani']],
    ['EN: "followed by <descriptor> X with a § round"', ['Kelbio raised $40 million, followed by fintech startup Quorly with a $12 million round.'], ['Kelbio', 'Quorly']],
    ['FR: "suivie de la start-up X avec une levée de §"', ['Kelbio a levé 12 millions d’euros ce mois-ci, suivie de la start-up Orvani avec une levée de 8 millions d’euros.'], ['Kelbio', 'Orvani']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(companies(...paragraphs)).toEqual(expected);
  });
});
