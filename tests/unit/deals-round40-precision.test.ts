/**
 * Round 40 (issue 3, precision): one backer's ticket inside a round whose size the same sentence tells is a part of that round, not
 * a second deal (deals.ts ticketOfSizedRound), and the round's owner is the name the ticket went into (raisers.ts
 * INTO_NAME_PART_OF_BEFORE). Sentences of fixtures 1135 (Mercia's release on Locate Bio), 1139 (TheBusinessDesk on Mercia's Axis
 * Spine and Nova Pangaea deals), 809 (Business Standard), 1009 (ImpactAlpha) and invented controls.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 40: an investor’s ticket inside a sized round is no deal of its own', () => {
  it.each<[string, string[], (string | null)[][]]>([
    ['ticket, then "as part of a § round", raiser after "into" (1139)',
      ['Mercia has also made a £2.3m investment through a convertible loan into Nova Pangaea as part of a £5.3m funding round.'],
      [['Nova Pangaea', '£5.3m']]],
    ['an investment re-upped in a company "as part of" a sized round (1009, ImpactAlpha)',
      ['S2G Ventures reupped its investment in the Canadian agtech company Terramera, as part of a $48.5 million Series B funding round for bio-crop protection products to help the agriculture sector reduce chemical use and improve the health of farmland.'],
      [['Terramera', '$48.5 million']]],
    ['the round first, the ticket in "in which" (1135)',
      ['This investment into Locate Bio consists of a syndicated £10.0million Series A round in which Mercia has made a direct investment of £1.6million, alongside £4.0million from Mercia’s third party managed funds, which included EIS and VCT capital, together with £3.0million from BGF and £1.4million from other syndicate partners.'],
      [['Locate Bio', '£10.0million']]],
    ['invested in a company as part of a sized round',
      ['Acme Capital has invested £2m in Beta Labs as part of a £5.3m funding round.'],
      [['Beta Labs', '£5.3m']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(deals(...paragraphs)).toEqual(expected);
  });
});

describe('round 40: controls, a company’s own money stays its round', () => {
  it.each<[string, string[], (string | null)[][]]>([
    ['the company raised a first part of its ongoing round (PART_OF_ROUND_BEFORE)',
      ['Kestrel Robotics has raised $20 million as part of its ongoing $50 million Series C.'],
      [['Kestrel Robotics', '$20 million']]],
    ['an investor’s money into a company with no round size beside it',
      ['Sequoia invested $12 million in Acme Robotics.'],
      [['Acme Robotics', '$12 million']]],
    ['the company invested in by the ticket holder, no "as part of"',
      ['The Henley-in-Arden firm has invested in Axis Spine as part of a £10.8m funding round.'],
      [['Axis Spine', '£10.8m']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(deals(...paragraphs)).toEqual(expected);
  });
});
