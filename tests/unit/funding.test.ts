/** The funding reader on short texts: one row per rule, English and French. Negatives: funding-negatives.test.ts. */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const read = (...paragraphs: string[]) => readFunding({ paragraphs });

describe('deals: company, amount, round, status', () => {
  const rows: Array<[string, string, { company: string; value: number; round: string | null; status: 'announced' | 'past' }]> = [
    ['subject with descriptors', 'Chinese facial recognition startup Acme Vision Ltd announced on Monday it has acquired $600 million in its Series C round.', { company: 'Acme Vision Ltd', value: 600e6, round: 'Series C', status: 'announced' }],
    ['appositive', 'Zentro, a Berlin-based startup, has raised $12 million in a Series A round.', { company: 'Zentro', value: 12e6, round: 'Series A', status: 'announced' }],
    ['appositive holding the name', 'On Wednesday, he announced that his new company, the insurance brokerage Pellar, has raised $46.8 million in a combined Series A and seed round.', { company: 'Pellar', value: 46.8e6, round: 'Series A', status: 'announced' }],
    ['relative clause', 'Quorra, whose mission is to automate procurement, just raised a $30 million Series A.', { company: 'Quorra', value: 30e6, round: 'Series A', status: 'announced' }],
    ['round in X', 'Grotech leads $5 million round in analytics startup Parse.ly', { company: 'Parse.ly', value: 5e6, round: null, status: 'announced' }],
    ['past: came after … in July', 'The move came after the startup Verdi completed a $410 million financing led by Hill Capital in July.', { company: 'Verdi', value: 410e6, round: null, status: 'past' }],
    ['past: had raised', 'Last week, Avalon said it had raised $29 million to advance its reactor.', { company: 'Avalon', value: 29e6, round: null, status: 'past' }],
    ['noun before figure', 'NearPay, a payments marketplace has raised a venture debt of $2 million from Soil Capital.', { company: 'NearPay', value: 2e6, round: 'Debt', status: 'announced' }],
    ['French: lève', 'Vizzor lève 30 millions d’euros pour accélérer en Europe.', { company: 'Vizzor', value: 30e6, round: null, status: 'announced' }],
    ['French: série B de', 'La société Vizzor annonce une série B de 30 millions d’euros.', { company: 'Vizzor', value: 30e6, round: 'Series B', status: 'announced' }],
    ['French: avait bouclé (past)', 'Kraft, une solution de coordination qui a bouclé un tour de table de 13 millions d’euros en 2025.', { company: 'Kraft', value: 13e6, round: null, status: 'past' }],
  ];
  it.each(rows)('%s', (_name, sentence, want) => {
    const r = read(sentence);
    expect(r.deals).toHaveLength(1);
    const d = r.deals[0]!;
    expect(d.company).toBe(want.company);
    expect(d.amount?.value).toBe(want.value);
    expect(d.round).toBe(want.round);
    expect(d.status).toBe(want.status);
    expect(d.evidence).toEqual([sentence]);
  });
});

describe('company rules', () => {
  const rows: Array<[string, string[], Array<[string | null, number, 'announced' | 'past']>]> = [
    ['a sentence-initial adverb is never the company', ['Zentro lève des fonds.', 'Aujourd’hui, la société annonce un tour de table de 5 millions d’euros mené par Racine.'], [['Zentro', 5e6, 'announced']]],
    ['a dateline is never the company; an appositive "backed by" is not the subject', ['HONG KONG, Aug 11 (Reuters) - Chinese news aggregator Toutiao, backed by Sequoia Capital and CCB International, is raising at least $2 billion in its latest funding round.'], [['Toutiao', 2e9, 'announced']]],
    ['a place after "based in" is never the company', ['Good Feeling Group, a fitness club chain based in Shenzhen, has pulled in $14 million in Series B funding.'], [['Good Feeling Group', 14e6, 'announced']]],
    ['a pronoun subject is the company of the deal just read', ['Duffel announced a $4.7M funding round last year.', 'Today it goes further, announcing a $21.5m in Series A funding from VC giant Benchmark.'], [['Duffel', 21.5e6, 'announced'], ['Duffel', 4.7e6, 'past']]],
    ['the topic fallback skips investors', ['Ten months ago the London startup announced a $4.7M funding round.', 'Benchmark led the round. Benchmark is joined by Blossom Capital.', 'Duffel builds travel software. Duffel plans to launch soon.'], [['Duffel', 4.7e6, 'past']]],
    ['"the $N round that X reported" is X’s round, told for context', ['Acme Health has raised $25 million in funding.', 'Pair this with the $8 million round of funding that PushDoctor, a similar service, reported last week.'], [['Acme Health', 25e6, 'announced'], ['PushDoctor', 8e6, 'past']]],
    ['a year is never the company; "X est la start-up qui lève" names X', ['La société spatiale Exotrail est la start-up qui lève le plus de fonds en février 2023.', 'Un tour de table de 54 millions d’euros qui lui permettra d’industrialiser ses moteurs.'], [['Exotrail', 54e6, 'announced']]],
    ['turned unicorn after raising is the news', ['Mobility startup Rapido recently turned unicorn after raising $120 million in a Series E funding round.'], [['Rapido', 120e6, 'announced']]],
    ['a round led by a fund is still a round', ['Naboo annonce une série B à hauteur de 70 millions de dollars menée par le fonds américain Lightspeed Venture Partners.'], [['Naboo', 70e6, 'announced']]],
    ['a company raising beside a fund sentence keeps its round when the round is named', ['Acme raised $20 million in a Series A round, and Beta Capital closed a $300 million fund.'], [['Acme', 20e6, 'announced']]],
    ['a named company raising "this week" is a deal', ['Acme Robotics a levé 12 millions d’euros cette semaine.'], [['Acme Robotics', 12e6, 'announced']]],
    // Deal phrasings.
    ['"avec § rassemblés auprès de" is a round', ['La startup Cooptalis signe la levée la plus importante de la semaine avec 20 millions d’euros rassemblés auprès d’Idinvest Partners.'], [['Cooptalis', 20e6, 'announced']]],
    ['"une opération de §" is a round; the name opening the sentence is the company', ['Syntony arrive juste derrière avec une opération de 15 millions d’euros qui doit servir à grandir.'], [['Syntony', 15e6, 'announced']]],
    ['"Avec § levés, X" names X', ['Avec 9,3 millions d’euros levés, Antaios occupe la première place du classement.'], [['Antaios', 9.3e6, 'announced']]],
    ['"funding round, with $N led by" is the round; "Founded in 2011" does not make it past', ['Founded in 2011, Medopad has secured the first part of its funding round, with $28m led by major participation from NWS Holdings.'], [['Medopad', 28e6, 'announced']]],
    ['"in equity and grant funding" is still a raise', ['Presymptom Health, a startup using AI, has raised £1.5m in equity and grant funding.'], [['Presymptom Health', 1.5e6, 'announced']]],
    ['a bare "$" restated in US$ is the local dollar', ['From Singapore: Lending platform Validus has secured $28.35m (US$20m) in a series B round.'], [['Validus', 28.35e6, 'announced']]],
    // A capitalised descriptor opening the sentence is not the name; the place of "<Place>-based" is not part of it.
    ['a descriptor before the name: the company is the name after it', ['Online beauty platform Nykaa too attained ‘soonicorn’ status by raising Rs 100 crore ($14 million) from TPG Growth.'], [['Nykaa', 1e9, 'announced']]],
    ['a descriptor opening a verbless sentence; leading a ranking is not leading a round', ['Financial services firm Northern Arc led the list with $80 million in funding.'], [['Northern Arc', 80e6, 'announced']]],
    ['"<Place>-based" is not part of the name', ['Kochi-based SurveySparrow raised $1.4 million seed funding from Prime Venture Partners.'], [['SurveySparrow', 1.4e6, 'announced']]],
    ['"the § raised/secured by X" names X after "by", never a token holding the amount', ['The top three rounds were the $30m raised by Graphcore, the £21m secured by SME lending platform iwoca and the £18m raised by packaging provider PragmatIC.'], [['Graphcore', 30e6, 'announced'], ['iwoca', 21e6, 'announced'], ['PragmatIC', 18e6, 'announced']]],
    ['names in a parenthesis or after "créée par" are not the company; "créée à X en 2020" dates the company', ['En tête, avec Cometh, qui produit ses jeux, créée à Neuilly en 2020 par Jérôme Martin (École Normale Supérieure), lève 10 millions d’euros.'], [['Cometh', 10e6, 'announced']]],
    ['"C’est" is never the company', ['La levée de 5 millions d’euros de Quarkslab lui permet de monter sur le podium. C’est la seule startup qui a bouclé une levée de série A.'], [['Quarkslab', 5e6, 'announced']]],
    ['"in a November 2015 series C round" is an earlier round', ['Acme raised $120m in a November 2015 series C round led by SoftBank.'], [['Acme', 120e6, 'past']]],
    ['"un tour de table à §" is a round; "X conclut" names X', ['Avec un tour de table à 9 millions de dollars, Linkfluence conclut la levée la plus importante de la semaine.'], [['Linkfluence', 9e6, 'announced']]],
    ['"the top three rounds were" lists deals, it does not count them', ['The top three rounds of the month were the $30m raised by Graphcore and the £18m raised by PragmatIC.'], [['Graphcore', 30e6, 'announced'], ['PragmatIC', 18e6, 'announced']]],
    ['a company raising a figure in a given week is still a deal', ['Acme raised $5 million this week from Beta Capital.'], [['Acme', 5e6, 'announced']]],
    ['an acquisition verb in a purpose phrase does not make the raise an acquisition', ['Curefoods raised 458 cr from Iron Pillar and Accel to continue buying food brands.'], [['Curefoods', 4.58e9, 'announced']]],
    ['"funding into X for …" names X', ['Thrasio enters India with 3750 cr funding into Lifelong for acquiring sellers.'], [['Lifelong', 3.75e10, 'announced']]],
    ['"<investor> pumps § into X" is X’s round', ['Hero pumps another 420 cr into Ather, as Ola Electric ramps up.'], [['Ather', 4.2e9, 'announced']]],
    ['one amount told twice in a sentence is one deal', ['EV 4W/OEM startup EVage raised 208 cr from RedBlue as seed round (a seed round of 208 cr).'], [['EVage', 2.08e9, 'announced']]],
    ['"with X raising §" names X', ['One large deal happened with Recykal raising 162 cr from Morgan Stanley.'], [['Recykal', 1.62e9, 'announced']]],
    ['"…, respectively" pairs names and figures in order', ['The list was followed by network provider CloudExtel, trucking aggregator LetsTransport and co-working space provider Smartworks which raised $24 million, $22 million and $4 million, respectively.'], [['CloudExtel', 24e6, 'announced'], ['LetsTransport', 22e6, 'announced'], ['Smartworks', 4e6, 'announced']]],
    ['"qui ont chacun levé §" is one deal per name', ['Et c’est un duo qui grimpe sur la troisième marche : Adionics et Loisirs Enchères qui ont chacun levé 4 millions d’euros.'], [['Adionics', 4e6, 'announced'], ['Loisirs Enchères', 4e6, 'announced']]],
    ['"§ was swept up by X" and "X took a chunk of §" are rounds', ['Of this, $79.37 million was swept up by logistics startup Blackbuck.', 'Among the deals, BharatPe took a chunk of $15.5 million, led by Insight Partners.'], [['Blackbuck', 79.37e6, 'announced'], ['BharatPe', 15.5e6, 'announced']]],
    ['"brought in §" is a raise', ['SunBorne Energy Technologies, a Cambridge-based startup, brought in $3.1 million in equity- and rights-based funding.'], [['SunBorne Energy Technologies', 3.1e6, 'announced']]],
    ['investors who "supplied § in funding for X": X is the company, the subject its investors', ['Sequoia and Tiger Global already supplied $35m in series B funding for Grofers last year.'], [['Grofers', 35e6, 'past']]],
    ['an adjective between the article and the amount ("a whopping $1 billion"); a relative clause is skipped and "The firm" is the deal just read', ['Swiggy raised Rs 263 crore this week.', 'The firm, which competes with Gurgaon-based Zomato, had raised a whopping $1 billion in December 2018, led by Naspers.'], [['Swiggy', 2.63e9, 'announced'], ['Swiggy', 1e9, 'past']]],
    ['"L’opération a constitué une somme de §": the round as subject makes its figure the round; the company is the previous sentence’s', ['Rivian vient de confirmer un nouveau tour de table.', 'L’opération a constitué une somme de 2,5 milliards de dollars.'], [['Rivian', 2.5e9, 'announced']]],
    ['a number word alone is not a name, inside one it is', ['Ten Eleven Ventures led a $20 million round in Acme.'], [['Acme', 20e6, 'announced']]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => {
    const r = read(...paragraphs);
    expect(r.deals.map((d) => [d.company, d.amount?.value, d.status])).toEqual(want);
  });
  it('the investor named after "from" stays an investor when the subject is a pronoun', () => {
    const r = read('Duffel announced a $4.7M funding round last year.', 'Today it goes further, announcing a $21.5m in Series A funding from VC giant Benchmark.');
    expect(r.deals[0]!.investors).toEqual(['Benchmark']);
  });
  it('a later sentence names the deal’s round only when it refers to it ("The Series B round…"), not when it counts other deals', () => {
    expect(read('Acme raised $20 million this week.', 'The Series B round was led by Beta Capital.').deals[0]!.round).toBe('Series B');
    expect(read('Acme raised $20 million this week.', 'Of the deals led this week, nine were Series A rounds.').deals[0]!.round).toBeNull();
  });
  it('"seven months before" dates an earlier round', () => {
    expect(read('Sequoia supplied $35m in series B funding for Grofers seven months before.').deals[0]!.status).toBe('past');
  });
  it('investors who supplied the money are its investors', () => {
    expect(read('Sequoia and Tiger Global already supplied $35m in series B funding for Grofers last year.').deals[0]!.investors).toEqual(['Sequoia', 'Tiger Global']);
  });
  it('a round led by a number-word firm keeps its whole name', () => {
    expect(read('Ten Eleven Ventures led a $20 million round in Acme.').deals[0]!.leadInvestors).toEqual(['Ten Eleven Ventures']);
  });
});

describe('valuations and totals', () => {
  it('valuation exceeding, in the next sentence', () => {
    const r = read('Acme Ltd said it has raised $600 million in its Series C round. Acme will become the most valuable startup, with its valuation exceeding $4.5 billion after the fundraising.');
    expect(r.deals[0]!.valuation).toMatchObject({ value: 4.5e9, qualifier: 'more-than' });
    expect(r.money.map((m) => m.kind)).toEqual(['round', 'valuation']);
  });
  it('at a valuation, in the same sentence', () => {
    const r = read('Orbit raised $300 million at a $4 billion valuation.');
    expect(r.deals[0]!.valuation?.value).toBe(4e9);
  });
  it('total raised to date stays apart from the round', () => {
    const r = read('VulnPro has raised $25 million. The Series B funding round, which brings the total raised by the company to $45 million, was led by Sorel Capital.');
    expect(r.deals).toHaveLength(1);
    expect(r.deals[0]!.round).toBe('Series B');
    expect(r.deals[0]!.leadInvestors).toEqual(['Sorel Capital']);
    expect(r.money.map((m) => m.kind)).toEqual(['round', 'total-raised']);
  });
  it('a component of a larger round is not a second deal', () => {
    const r = read('World Co has secured a $200 million investment from Autodesk as part of a larger $1 billion round from backers, including AMD and Fidelity.');
    expect(r.deals.map((d) => d.amount?.value)).toEqual([1e9]);
    expect(r.money.map((m) => m.kind)).toEqual(['other', 'round']);
  });
});

describe('merging mentions of one deal', () => {
  it('headline and body figures are one deal, with the body wording', () => {
    const r = read('Acme gets $600m funding', 'Acme Group Ltd has raised $600 million in a Series C round led by Big Fund Partners.');
    expect(r.deals).toHaveLength(1);
    expect(r.deals[0]!.company).toBe('Acme Group Ltd');
    expect(r.deals[0]!.amount?.text).toBe('$600 million');
    expect(r.deals[0]!.evidence).toHaveLength(2);
  });
  it('two companies with the same figure stay two deals', () => {
    const r = read('Alpha has raised $10 million. Beta has raised $10 million.');
    expect(r.deals.map((d) => d.company)).toEqual(['Alpha', 'Beta']);
  });
  it('the announced deal comes first', () => {
    const r = read('Previously, Gamma had raised $5 million. Gamma has raised $20 million in a Series A.');
    expect(r.deals.map((d) => [d.amount?.value, d.status])).toEqual([[20e6, 'announced'], [5e6, 'past']]);
  });
});

describe('investors attached to deals', () => {
  it('leads and participants in later sentences go to the current deal', () => {
    const r = read('Anthro has raised $124 million in a Series A. The company is led by Dario Amodei (CEO).', 'The Series A round was led by Jaan Tallinn, technology investor and co-founder of Skype. The round included participation from James McClave, Dustin Moskovitz, the Center for Emerging Risk Research, Eric Schmidt, and others.');
    const d = r.deals[0]!;
    expect(d.leadInvestors).toEqual(['Jaan Tallinn']);
    expect(d.investors).toEqual(['James McClave', 'Dustin Moskovitz', 'Center for Emerging Risk Research', 'Eric Schmidt']);
  });
  it('a name joining a round before the figure belongs to that round', () => {
    const r = read('In October, Alibaba’s financial arm Ant Financial Services Group joined a $460 million Series C financing round in another Chinese AI unicorn, Megvii Technology Inc.');
    expect(r.deals[0]).toMatchObject({ company: 'Megvii Technology Inc', investors: ['Ant Financial Services Group'], status: 'past' });
  });
  it('two rounds in one sentence keep their own leads', () => {
    const r = read('They last month announced a $300 million Series A round at a $4 billion valuation led by Lightspeed, just a couple of months after raising a $35 million seed round led by Sequoia.');
    expect(r.deals.map((d) => [d.amount?.value, d.leadInvestors, d.status])).toEqual([[300e6, ['Lightspeed'], 'announced'], [35e6, ['Sequoia'], 'past']]);
  });
  it('one investor per name, under its fullest form', () => {
    const r = read('Acme raised $50 million in a round led by e-commerce giant Alibaba Group Holding Ltd. Alibaba led the round after a year of talks.');
    expect(r.investors).toEqual([{ name: 'Alibaba Group Holding Ltd', role: 'lead', deals: [0] }]);
  });
  it('French: menée par, ont pris part', () => {
    const r = read('Naboo annonce avoir conclu une série B à hauteur de 70 millions de dollars menée par le fonds américain Lightspeed Venture Partners. Déjà présents au capital, Notion Capital, ISAI et Ternel ont également pris part au tour de table.');
    expect(r.deals[0]!.leadInvestors).toEqual(['Lightspeed Venture Partners']);
    expect(r.deals[0]!.investors).toEqual(['Notion Capital', 'ISAI', 'Ternel']);
  });
  it('a list cue in the sentence after the deal goes to it; three sentences later it does not', () => {
    const near = read('Acme has raised $25 million in a new round. The largest contribution came from Greylock Partners.');
    expect(near.deals[0]!.investors).toEqual(['Greylock Partners']);
    const far = read('Acme has raised $25 million in a new round. It makes phones. It sells them in Europe. It has 40 staff. The largest contribution came from Greylock Partners.');
    expect(far.deals[0]!.investors).toEqual([]);
  });
  it('a sentence restating the deal amount keeps the deal near for the list after it', () => {
    const r = read('Zentro a réussi une levée de fonds de 23,5 millions d’euros. Le marché grandit. Les objets connectés séduisent. Zentro a réalisé sa levée en rassemblant 23,5 millions d’euros. Trois fonds complètent cette opération : Ventech, Idinvest Partners et 360 Capital Partners.');
    expect(r.deals).toHaveLength(1);
    expect(r.deals[0]!.investors).toEqual(['Ventech', 'Idinvest Partners', '360 Capital Partners']);
    // Round 31: a list told with "cette opération" a few sentences after its deal joins it (the binder, funding-round31); far
    // beyond the binder's reach (six sentences), it still does not.
    const without = read('Zentro a réussi une levée de fonds de 23,5 millions d’euros. Le marché grandit. Les objets connectés séduisent. Les clients aiment le produit. La concurrence se renforce. Les prix baissent. Les usages changent. Trois fonds complètent cette opération : Ventech, Idinvest Partners et 360 Capital Partners.');
    expect(without.deals[0]!.investors).toEqual([]);
  });
  it('a deal with no figure: "an undisclosed amount"', () => {
    const r = read('Furlo, an online furniture rental platform has raised an undisclosed amount from existing investors, Lightbox Ventures and others.');
    expect(r.deals).toMatchObject([{ company: 'Furlo', amount: null, investors: ['Lightbox Ventures'] }]);
  });
});
