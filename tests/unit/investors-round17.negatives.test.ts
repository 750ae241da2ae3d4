/**
 * Look-alikes for the round-17 investor rules (investors-round17.test.ts), and the contest rule. A contest's or an award's proper
 * name (funding-lexicon's LEX_CONTEST_HEADS_EN/FR: the head last in English, first in French) is no investor, however firm-like
 * the words before its head; a firm whose name merely holds such a word elsewhere stays one. After a name, a figure that is not
 * the backer's share (a figure then more words: a valuation, a fund) still ends the list. Sentences of our own invention (EN
 * and FR); money masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('a contest or an award named like a firm is no investor', () => {
  const rows: Array<[string, Want]> = [
    row('Six start-ups share § in funding from the Kestrel Ventures Prize.', [], []),
    row('Norvio won § from the Orion Capital Fintech Challenge for Inclusion.', [], []),
    row('La jeune pousse a obtenu § auprès du Prix Hooli de l’innovation.', [], []),
    row('Norvio a levé § auprès de Hooli Ventures et du Prix Orion Capital.', [], ['Hooli Ventures']),
    row('The startup received § in seed funding from the Initech Awards.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('look-alikes: firms holding a contest word elsewhere, a figure that is no share', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § in a round led by Challenge Ventures.', ['Challenge Ventures'], []),
    row('Norvio raised § from Prize Capital Partners and Orion Partners.', [], ['Prize Capital Partners', 'Orion Partners']),
    row('Norvio raised § from Kestrel Capital at a § valuation, and Globex later sold its stake.', [], ['Kestrel Capital']),
    row('La jeune pousse a levé § auprès de Hooli Ventures, valorisée § selon la presse, et Globex Partners a démenti.', [], ['Hooli Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('look-alikes: a marker before a name that is the raiser; a spaced dash between headlines is no marker', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § in a round led by Kestrel Capital - Lyonsville Commits § to Local Funds - Orion Posts Record Profit', ['Kestrel Capital'], []),
    row('• Norvio raised § in a round led by Kestrel Capital.', ['Kestrel Capital'], []),
    row('– La jeune pousse Norvio a levé § auprès de Hooli Ventures.', [], ['Hooli Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
