/**
 * Which company raised, round 16: the agent of a raising participle right after the figure ("les § levés par le groupe X",
 * "une levée de § bouclée par X", "the § secured by the logistics group X"), a roundup's noun phrase with no finite verb, so the
 * clause's subject is not the raiser (RAISED_BY_AGENT in companies.ts). Invented rows, English and French; each fails without the
 * rule (the figure went to the deal just read). Negatives: companies-round16.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

/** The companies of the deals read from a deal just told, then the row. */
const companiesAfterADeal = (lead: string, row: string) => readFunding({ paragraphs: [lead, row] }).deals.map((d) => d.company);
const FR_LEAD = 'Acme Labs a levé 9 millions d’euros auprès de Partech.';
const EN_LEAD = 'Acme Labs raised $9 million from Sequoia.';

describe('round 16: the agent after a raising participle right after the figure raised it (par/by + descriptor + name)', () => {
  it.each<[string, string, string]>([
    ['Orvani', FR_LEAD, 'Parmi les autres opérations, on retiendra les 6 millions d’euros levés par l’éditeur nantais Orvani pour recruter.'],
    ['Talvio', FR_LEAD, 'Le mois a aussi vu une levée de 3 millions d’euros bouclée par Talvio auprès de business angels.'],
    ['Pernel', FR_LEAD, 'On notera aussi les 2 millions d’euros récoltés par le géant du meuble Pernel en mars.'],
    ['Ferrum', EN_LEAD, 'The week also saw the £8 million secured by the logistics group Ferrum from existing backers.'],
    ['Quillo', EN_LEAD, 'Smaller rounds included the $4 million raised by the family-owned brewer Quillo last month.'],
  ])('%s', (want, lead, row) => expect(companiesAfterADeal(lead, row)).toEqual(['Acme Labs', want]));
});
