/**
 * Round 41 (session e5): leads and investors told away from their deal.
 * - OWNED_ROUND_NEAR (funding.ts): a figureless sentence that names a read deal's company as its round's owner ("Other
 *   co-investors in Deep Robotics' Series C funding round included …", 1116 SCMP) is near that deal however far it stands; a
 *   deal whose company waits for the topic is the headline's company's (ownerDeal). Another company's round stays no one's.
 * - SOLE_ROUND_LED (funding.ts): with one announced deal read, the lead of "the round" ("investors like Temasek leading the
 *   round", 727 Living Carbon) is that deal's lead; only the leads, not every name the sentence lists.
 * - LEAD_OF_NAMED_ROUND (investors.ts): "The lead investor in Noetix Robotics' § Series B is CD Capital" (1119 The Daily Scout).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';
import { roles, row, type Want } from '../helpers/investor-roles';

type Got = { leads: string[]; investors: string[] };
/** The first deal's leads and participants of a short article. */
function firstDeal(paragraphs: string[], title?: string): Got {
  const d = readFunding({ paragraphs }, { title: title ?? null }).deals[0];
  return { leads: d?.leadInvestors ?? [], investors: d?.investors ?? [] };
}

// Paragraphs between the deal and the far sentence: more than two sentences, no round word, no investor.
const FILLER = [
  'The start-up was founded in 2017 and has become one of the leading developers of quadruped robot dogs.',
  'China and the United States accounted for 75 per cent of all venture capital investment in the robotics space over the past six years.',
  'The company plans to open a new factory next year.',
];

describe('round 41: a sentence that names its deal is near it', () => {
  const rows: Array<[string, string[], string | undefined, Got]> = [
    // 1116 (SCMP via Inspir Digital): the deal's company comes from the headline.
    ['1116 owner read off the headline', [
      'Deep Robotics - one of the "Six Little Dragons" from Hangzhou - on Tuesday said it had raised 500 million yuan (US$70 million) in fresh funding from a group of Chinese investors.',
      "According to the company's statement, its latest round of financing was led by CMB International.",
      ...FILLER,
      "Other co-investors in Deep Robotics' Series C funding round included Vision Knight Capital, China Integrated Circuit Investment Fund, Zhejiang University Education Foundation and Shougang Holdings.",
    ], "China's Deep Robotics raises new investor funding", { leads: ['CMB International'], investors: ['Vision Knight Capital', 'China Integrated Circuit Investment Fund', 'Zhejiang University Education Foundation', 'Shougang Holdings'] }],
    // 727 (Living Carbon's blog): one deal, "leading the round" nine sentences later.
    ['727 the lead of the only round', [
      'Today we’re sharing that Living Carbon has raised an additional $21M for our Series A.',
      'This funding will allow us to bring the first ever plant engineered for carbon removal to US markets.',
      ...FILLER,
      'We are excited to have world-class investors like Temasek leading the round and Lowercarbon Capital for continuing to support us since we were a pre-seed company.',
    ], undefined, { leads: ['Temasek'], investors: [] }],
  ];
  it.each(rows)('%s', (_name, paragraphs, title, want) => expect(firstDeal(paragraphs, title)).toEqual(want));

  const sentences: Array<[string, Want]> = [
    // 1119 (The Daily Scout).
    row("The lead investor in Noetix Robotics' § Series B is CD Capital, an investment platform linked to battery manufacturing giant CATL.", ['CD Capital'], []),
    row('The lead investors of the seed round were Accel and Index Ventures.', ['Accel', 'Index Ventures'], []),
  ];
  it.each(sentences)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 41: look-alikes, left as they were', () => {
  const rows: Array<[string, string[], string | undefined, Got]> = [
    // Another company's round, far from the deal: its co-investors are not the deal's.
    ['another company’s round', [
      'Acme Robotics said on Tuesday it had raised $70 million in a Series C round led by CMB International.',
      ...FILLER,
      "Other co-investors in Velmora's Series C funding round included Vision Knight Capital and Shougang Holdings.",
    ], undefined, { leads: ['CMB International'], investors: [] }],
    // 710 (Presse-citron): the partner who led the round for his firm is no participant of it.
    ['710 the partner who led for the firm', [
      'Pour cette fin d’année, l’application française de paiements Lydia a annoncé une extension de 72 millions d’euros de sa levée de fonds.',
      ...FILLER,
      'Le signe que l’application de paiement s’attire l’intérêt des investisseurs étrangers comme Amit Jhawar, qui menait le tour de table sous la casquette Accel Partners.',
    ], undefined, { leads: ['Accel Partners'], investors: [] }],
  ];
  it.each(rows)('%s', (_name, paragraphs, title, want) => expect(firstDeal(paragraphs, title)).toEqual(want));

  const sentences: Array<[string, Want]> = [
    // No round named between the noun and the verb: a company's lead investor, not a round's.
    row('The lead investor in the company is a family office.', [], []),
  ];
  it.each(sentences)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
