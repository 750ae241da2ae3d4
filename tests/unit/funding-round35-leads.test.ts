/**
 * Leads, round 35 (group 4): an anaphoric subject of a lead verb (investors.ts ANAPHORIC_LEAD, funding.ts backerNear /
 * antecedentAfter). A pronoun or a definite noun of an investing firm ("it", "they", "the firm", "the state fund", FR "il", "le
 * fonds") before a lead verb whose object is a round stands for the one investor the sentences just before named: that investor
 * leads the round. Shape on four outlets: 284 Bitrazzi ("Also, they led a series funding round for Eigen", Temasek), 406
 * DealStreetAsia ("Last week, it led a … Series B funding round", Tiger Global), 457 Crene ("The firm, a long-time backer of
 * Cerebras, led the startup's … Series A", Benchmark), 869 TBS News ("The flagship VC fund has co-led the round with Taavet+Sten",
 * Startup Bangladesh; read as an investor "VC fund" before). Invented rows, English and French; each is red at 16f511b (checked;
 * the third row rewritten in review 35 in another shape than 869's, red at 16f511b too).
 * Look-alikes: funding-round35-leads.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

/** The leads of the deal with the given amount text. */
const leadsOf = (paragraphs: string[], lang: string, amount: string): string[] | undefined =>
  readFunding({ paragraphs }, { lang }).deals.find((d) => d.amount?.text === amount)?.leadInvestors;

describe('round 35: an anaphoric subject of a lead verb is the investor named just before', () => {
  it.each<[string[], string, string, string[]]>([
    // A pronoun after a fronted phrase, the investor named two sentences before.
    [['Kestrel Partners has been one of the busiest robotics investors this year.', 'In March, Kestrel Partners invested in the seed round of Pellam, a Lyon drone maker.', 'Last week, it led a $12 million Series A round for Tolvane Robotics.'], 'en', '$12 million', ['Kestrel Partners']],
    // A definite noun of a firm with an apposition between it and its verb; the round's figure told two sentences before.
    [['Tolvane, a Lyon robotics startup, announced a $30 million Series B on Monday.', 'Orbis Capital joined its seed round in 2022.', 'The venture firm, now its largest shareholder, led the Series B as well.'], 'en', '$30 million', ['Orbis Capital']],
    // The investor named as the object of a round it drew (with a relative clause), then a definite noun after a fronted
    // source, with a co-lead after "with": both lead (rewritten in another shape than 869's sentence, review of session 22).
    [['Pellam Health’s new $8 million round drew Northgate Fund, which manages the region’s pension savings.', 'According to the filing, the pension fund co-led the round with Kestrel Partners.'], 'en', '$8 million', ['Kestrel Partners', 'Northgate Fund']],
    // French: a pronoun and the compound past with an adverb.
    [['La start-up lyonnaise Tolvane lève 5 millions d’euros auprès de Kestrel Partners.', 'Il a également mené le tour de table.'], 'fr', '5 millions d’euros', ['Kestrel Partners']],
    // French: "le fonds" with an adjective after it.
    [['Pellam boucle un tour de table de 9 millions d’euros.', 'Orbis Capital participe à l’opération.', 'Le fonds parisien a mené le tour de table aux côtés des fondateurs.'], 'fr', '9 millions d’euros', ['Orbis Capital']],
  ])('row %#', (paragraphs, lang, amount, want) => {
    expect([...(leadsOf(paragraphs, lang, amount) ?? [])].sort()).toEqual(want);
  });
});
