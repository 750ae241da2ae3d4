/**
 * Round 39 (session 26): a related story's headline ("Read also:", "Related:", "See also", "Lire aussi :") that tells one named
 * company's raise is that other article's round: the gold records it as a past deal (context, not the page's news), with no
 * backer of this page. Before, every related line was read as no round (deals.ts relatedHeadlineRaise, funding.ts
 * Candidate.related). A headline whose subject is a plural class or a scene ("Startups raise §", "La French Tech a levé §")
 * stays a statistic. Real lines of fixtures 564 (techpadi), 726 (carbonherald), 868 (fintechfutures), 278 (foundernews),
 * 612 (businessnewstoday), 1027 (e27 copy), 61 and 764 (yourstory), 585 (latribune), 1006 (vantechjournal).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const LEAD = 'Kestrel Labs, a Lagos-based logistics startup, has announced a partnership with the state government.';
const read = (line: string) => readFunding({ paragraphs: [LEAD, line] });

describe('round 39: a related headline of one company\'s raise is a past round', () => {
  it.each<[string, string, string]>([
    ['Read also: Africa Data Centres lands $109m to expand cloud capacity', 'Africa Data Centres', '$109m'],
    ['Read more: Living Carbon Raises $21M To Plant 4M Fast-growing Trees In The US', 'Living Carbon', '$21M'],
    ['Related: Mexico’s credit alternative challenger Klar lands $15m Series A', 'Klar', '$15m'],
    ['READ MORE: Newly minted unicorn: Jamie Beaton’s Crimson raises $68m at $1 billion valuation', 'Crimson', '$68m'],
    ['See also Gilead Sciences invests $320m in Arcus Biosciences to accelerate cancer treatment innovations', 'Arcus Biosciences', '$320m'],
    ['Also Read: [Updated] Indonesian edutech startup Ruangguru confirms US$150M Series C funding round', 'Ruangguru', 'US$150M'],
  ])('%s', (line, company, amount) => {
    const deals = read(line).deals.filter((d) => d.amount?.text === amount);
    expect(deals.map((d) => [d.company, d.status])).toEqual([[company, 'past']]);
  });
});

describe('round 39: a related headline of a class, a scene or a grant stays no round', () => {
  it.each<[string]>([
    ['Also read: [Weekly funding roundup] Startups raise over $262M, Avaada and CleverTap bag maximum funding'],
    ['Also read: Indian startups raise $275M, Ratan Tata invests after a hiatus - this time in Ola Electric'],
    ['Lire aussi : La French Tech a levé 5 milliards d\'euros en 2019 mais le plafond est encore loin'],
    ['READ MORE: With $300k from CleanBC, Metaspectral plans to build AI tech to recycle plastics'],
  ])('%s', (line) => {
    expect(read(line).deals.filter((d) => d.amount !== null)).toEqual([]);
  });
});

describe('round 39: a module of related stories stays furniture', () => {
  it('three "Related:" lines in a row (securityweek, dev 25) give no round', () => {
    const r = readFunding({ paragraphs: [
      LEAD,
      'Related: VulnCheck Raises $12 Million for Vulnerability Intelligence Platform',
      'Related: Nucleus Raises $20 Million for Exposure Management',
      'Related: GitGuardian Raises $50 Million for Secrets and Non-Human Identity Security',
    ] });
    expect(r.deals.filter((d) => d.amount !== null)).toEqual([]);
  });
});

describe('round 39: a related round takes none of the page\'s waiting backers', () => {
  it('the council told before any deal is not Africa Data Centres\' investor', () => {
    const r = readFunding({ paragraphs: [
      'The Lagos State Science Research and Innovation Council (LASRIC) has backed 20 startups with seed funding, with investors including Kestrel Partners.',
      'Read also: Africa Data Centres lands $109m to expand cloud capacity',
    ] });
    const adc = r.deals.find((d) => d.company === 'Africa Data Centres');
    expect(adc?.status).toBe('past');
    expect([...(adc?.leadInvestors ?? []), ...(adc?.investors ?? [])]).toEqual([]);
  });
});
