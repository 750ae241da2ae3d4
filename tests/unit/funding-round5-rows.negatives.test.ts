/**
 * Shapes that look like verbless deal rows or amountless rounds but are not (round 5, issue 3): stock tables, price lists,
 * sports scores, election results, product specs, a single stray line, acquisitions, portfolio lists told by example,
 * grants and cohorts. None may yield a deal. English and French rows; each bug adds the line that showed it.
 */
import { describe, expect, it } from 'vitest';
import { findAmountlessRounds } from '../../utils/amountless-rounds';
import { findDealRows } from '../../utils/deal-rows';
import { readFunding } from '../../utils/funding';

describe('not deal rows', () => {
  const cases: Array<[name: string, paragraphs: string[]]> = [
    ['stock table', ['Shares of tech companies moved on Monday.', 'Apple | $189.20 | +1.2%', 'Microsoft | $402.10 | -0.4%', 'Nvidia | $875.00 | +3.1%']],
    ['market caps glued', ['The most valuable companies this week.', 'Apple2.9 trillionTech', 'Microsoft2.8 trillionTech']],
    ['price list', ['Our new phones are on sale.', 'Phone X | $999 | 128GB', 'Phone X Pro | $1,199 | 256GB']],
    ['sports scores', ['Results of the weekend.', 'Lakers 102-99 Celtics', 'Bulls 88-91 Knicks']],
    ['election results', ['Final results of the vote.', 'Smith | 1.2 million votes | 52%', 'Jones | 1.1 million votes | 48%']],
    ['product specs', ['Specifications of the new laptops.', 'Model A | 16GB | 512GB | 1.4 kg', 'Model B | 32GB | 1TB | 1.6 kg']],
    ['a single stray line with a name and a number', ['The total funds raised by Korean startups of this week is KRW 104 billion.', 'EnerzaiEdge AI500 millionSeries AKODIT', 'Read the full story on our site.']],
    ['salaries table (fr)', ['Les salaires des dirigeants du CAC 40 en 2023.', 'TotalEnergies | 5,9 millions | PDG', 'LVMH | 4,8 millions | PDG']],
    ['budget lines (fr, glued)', ['Le budget de la région pour 2024.', 'TransportsRégion120 millionsInvestissement', 'LycéesRégion80 millionsFonctionnement']],
    ['a table of acquisitions', ['Deals of the week (acquisitions).', 'VoithruContent-M&AKakao piccoma', 'LumioMedia-AcquisitionNaver']],
  ];
  it.each(cases)('%s', (_name, paragraphs) => {
    const r = readFunding({ paragraphs });
    // The funding intro of the stray-line case holds a total, never a deal; none of the rows may become one.
    expect(r.deals.filter((d) => paragraphs.slice(1).some((p) => d.evidence.some((e) => p.includes(e))))).toEqual([]);
  });

  it('a row run with no funding intro and no named columns is not read', () => {
    expect(findDealRows(['Weekly update', 'EnerzaiEdge AI500 millionSeries AKODIT', 'Vivity10 billionHanhwa System'], () => [])).toEqual([]);
  });
});

describe('not amountless rounds', () => {
  const rows: Array<[name: string, sentence: string, next?: string]> = [
    // 31 (negative, a fund close): a portfolio told by example is no deal.
    ['portfolio by example', 'Accel has invested in start-ups across 19 countries, including big name brands like Facebook, Spotify, Braintree and Slack.'],
    ['count does not match the list', 'Sequoia has invested in more than 40 companies, including Stripe and Airbnb.'],
    ['portfolio (fr)', 'Partech a investi dans plus de 200 start-ups, dont Tilia et Kiplo.'],
    ['acquisitions', 'Salesforce has acquired two companies, Slack and Tableau.'],
    ['acquisitions (fr)', 'Le groupe a racheté deux start-ups, Tilia et Kiplo.'],
    ['grants', 'Three startups have received grants from Innovate UK, namely Acme, Globex and Initech.'],
    ['accelerator cohort', 'Five startups have joined the Techstars accelerator, including Acme and Globex.'],
    ['investments in sectors', 'The fund announced investments in fintech, health and climate.'],
    ['investing in places', 'Mubadala announced investments in France and Italy.'],
    ['a round with no named company', 'The startup closed its Series B led by Sequoia Capital.'],
    ['partnership', 'Acme closed a partnership with Globex led by its CEO.'],
    ['big deals for customers', 'Retailers offered big deals for Amazon Prime members this week.'],
    ['invested in the future of', 'Acme has invested in the future of Paris.'],
    ['invested in the growth of', 'Globex invested heavily in the growth of Tilia.'],
    ['participated in the launch of', 'Sequoia participated in the launch of Tilia’s new product.'],
    ['investments in sectors opening the sentence', 'Investments in fintech and health made up most of the total.'],
    ['investments in places opening the sentence', 'Investments in Nigeria and Kenya grew last year.'],
    ['programme (fr)', 'Trois start-ups ont été sélectionnées par le programme Bpifrance : Tilia, Kiplo et Novamed.'],
  ];
  it.each(rows)('%s', (_name, sentence, next) => {
    expect(findAmountlessRounds(sentence, next ?? null)).toEqual([]);
    expect(readFunding({ paragraphs: [sentence] }).deals).toEqual([]);
  });
});

describe('a possessed figure after a round is not always the next round', () => {
  it('an acquisition told by its possessor stays out ("Google’s $2bn acquisition")', () => {
    const d = readFunding({ paragraphs: ['Acme raised $10m from Index, while Google’s $2bn acquisition of Fitbit closed.'] }).deals;
    expect(d.map((x) => x.company)).toEqual(['Acme']);
  });
  it('a possessed revenue figure stays out', () => {
    const d = readFunding({ paragraphs: ['Tilia raised €5m in a seed round led by Kima Ventures to hire engineers and Kiplo’s €2m revenue doubled.'] }).deals;
    expect(d.map((x) => x.company)).toEqual(['Tilia']);
  });
});
