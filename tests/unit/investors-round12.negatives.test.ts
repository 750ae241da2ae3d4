/**
 * Investor lists, round 12: look-alikes of round 12's cues that name no investor (or not the one the cue points at): rivals listed
 * by "Others include", customers "included" in a product, people who run or founded an investor, a relative, a bank arranging an
 * IPO, advisers and law firms, an "other" set that is not investors. Names of our own invention (EN and FR); money masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { findInvestorMentions } from '../../utils/investors';
import { roles } from '../helpers/investor-roles';

const names = (s: string) => findInvestorMentions(s, { nearDeal: true }).flatMap((m) => m.names);

describe('look-alikes of round 12 cues name no investor', () => {
  const rows: Array<[string, string[]]> = [
    // A bare "Others include" lists rivals as often as backers.
    ['Acme raised §. Others include Globex and Initech, which sell the same software.', ['Globex', 'Initech']],
    // "Others in this market" is not the round.
    ['Acme raised §. Others in this crowded market include Hooli and Initech.', ['Hooli', 'Initech']],
    // Customers who are "other new clients", not investors.
    ['Acme raised §; Globex and Initech are other new customers who signed this quarter.', ['Globex', 'Initech']],
    // Contributing to a report or a podcast is not to a round.
    ['Acme raised §, and Jane Moreau and Paul Okafor also contributed to the report.', ['Jane Moreau', 'Paul Okafor']],
    ['Acme a levé § ; Jane Moreau a également contribué à la rédaction du rapport.', ['Jane Moreau']],
    // The founders and the head of an investor, and a relative, are not investors.
    ['Acme raised § from Northwind Capital, a firm founded by Jane Moreau and Paul Okafor.', ['Jane Moreau', 'Paul Okafor']],
    ['The round was led by Kestrel Systems, an investment firm run by Sam Reyes, with participation from Globex Ventures.', ['Sam Reyes']],
    ['Acme lève § auprès de Northwind Capital, une société dirigée par Jane Moreau.', ['Jane Moreau']],
    ['The round was led by Sam Reyes, the son of Tom Reyes.', ['Tom Reyes']],
    // A product bundle "comprises" modules, not investors; a team "comprend" people.
    ['Acme raised §; the Acme Suite comprises Globex Connect and Initech Sync.', ['Globex Connect', 'Initech Sync']],
    ['Acme lève § ; l’équipe comprend Jane Moreau et Paul Okafor.', ['Jane Moreau', 'Paul Okafor']],
  ];
  it.each(rows)('%s', (sentence, absent) => {
    const got = names(sentence);
    for (const n of absent) expect(got).not.toContain(n);
  });
});

describe('"from X" without a participation cue after it leads nothing', () => {
  const rows: Array<[string, string[]]> = [
    // Only "from X with participation from Y" makes X a lead: a plain "from X and Y" lists equals.
    ['Acme raised a § seed round from Northwind Capital and Globex Ventures.', ['Northwind Capital', 'Globex Ventures']],
    // A bank arranging the offering named after "from" is not made a lead by a later "participation" of another kind.
    ['Acme raised § from Northwind Capital; the participation of Globex Bank as arranger was confirmed.', ['Northwind Capital']],
  ];
  it.each(rows)('%s', (sentence, participants) => {
    const got = roles(sentence);
    expect(got.lead).toEqual([]);
    for (const n of participants) expect(got.participant).toContain(n);
  });
});
