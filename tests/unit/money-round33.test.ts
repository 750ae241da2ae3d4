/**
 * Money, round 33 (invented sentences): what a bare "$" means on a page about Canada, Australia or New Zealand
 * (guessBareDollar, utils/money.ts).
 * (1) The country's startup scene named by a place's possessive ("B.C.'s technology sector", "Melbourne's startup
 * community") is a local writer's voice, like the scene named by demonym ("Canadian startups"): Business in Vancouver's
 * column (882), BrainStation (645) and The Startup Journal (246) write it so. Since the review of session 20 (finding 4) it
 * needs a second sign of a local page: the scene named twice, or three bare figures or more (a single-deal story on a
 * Canadian startup is written so by US and wire outlets too: money-round33-fix.test.ts).
 * (2) A singular "startup"/"founder" right before a capitalised name is one company's descriptor ("the Canadian startup
 * Kiplo"), which a foreign outlet writes as often as a local one: no longer a local voice (BioWorld, 640; the Sydney
 * paper's "a Kiwi start-up, Vend", 225).
 * (3) A bare "$" restated in US dollars marked by a code after the number ("$40 million ($29 million USD)") is the local dollar,
 * as with the prefix mark ("$28.35m (US$20m)"), and a bare "$" restating "$29 million USD" is the local dollar too
 * (isMarked; Montreal in Technology, 563). Rows of (3) were red at 8dcfb80, the others at cd23198 (checked). Look-alikes: money-round33.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findMoney, guessBareDollar, pageMoneyContext } from '../../utils/money';

const read = (text: string, lang = 'en') => findMoney(text, pageMoneyContext(text, lang)).map((m) => [m.text, m.value, m.currency]);

describe('round 33: the local scene named by a place\'s possessive lends the local dollar to a bare "$"', () => {
  const rows: Array<[string, string]> = [
    // Three bare figures or more.
    ["Ontario's tech sector had a busy spring: Ottawa's Kiplo closed $12 million, Norvio added $4 million and a Waterloo lab $900,000.", 'CAD'],
    ["Melbourne's startup community is growing fast; Tilvo raised $3 million, a Brisbane lab closed $1.5 million and Kiplo $600,000.", 'AUD'],
    ["Auckland's venture capital scene had its best month: Kiplo took $2 million, a Wellington studio $800,000 and Norvio $500,000.", 'NZD'],
    // The scene named twice.
    ['B.C.’s technology sector keeps drawing money. Vancouver investors backed Tilvo with $7 million this quarter, a record for B.C.’s tech companies.', 'CAD'],
    ["Canada's best startups still find money. Toronto's Norvio raised $20 million in its Series B, a vote of confidence in Canada's tech sector.", 'CAD'],
  ];
  it.each(rows)('row %#', (text, want) => expect(guessBareDollar(text)).toBe(want));
});

describe('round 33: a year-to-date list on a page framed by its province\'s tech sector reads the local dollar', () => {
  const text = 'The technology companies are back in the spotlight in B.C. this year. Major financings so far include: ' +
    'Kiplo ($42 million), Norvio ($9 million) and Tilvo ($1.5 million). B.C.’s tech sector has not seen such a pace since Vancouver’s last boom.';
  it('reads each bare "$" of the list as CAD', () => {
    expect(read(text)).toEqual([
      ['$42 million', 42e6, 'CAD'],
      ['$9 million', 9e6, 'CAD'],
      ['$1.5 million', 1.5e6, 'CAD'],
    ]);
  });
});

describe('round 33: one company\'s demonym descriptor is no local voice', () => {
  const rows: string[] = [
    'The Canadian startup Kiplo raised $9 million, its chief executive said at a conference in Toronto.',
    'Investors in Auckland say a New Zealand start-up, Tilvo, raised $2 million from a Sydney fund and an Auckland angel.',
    'Australian founder Mara Tilvo raised $4 million for her Sydney studio, which opens in Melbourne next year.',
  ];
  it.each(rows)('row %#', (text) => expect(guessBareDollar(text)).toBeNull());
});

describe('round 33: a bare "$" restated as "$… USD" at another value is the local dollar', () => {
  it('reads the bare figure in the page\'s dollar and keeps the USD restatement', () => {
    const text = 'Kiplo, a Toronto software maker, raised $40 million ($29 million USD) in a Series B round.';
    expect(findMoney(text, pageMoneyContext(text, 'en')).map((m) => [m.text, m.currency, m.equivalent?.text, m.equivalent?.currency]))
      .toEqual([['$40 million', 'CAD', '$29 million USD', 'USD']]);
  });
  it('reads the bare restatement of "$… USD" in the page\'s dollar', () => {
    const text = 'Tilvo, a Sydney fintech, closed $29 million USD ($44 million) in its Series B.';
    expect(findMoney(text, pageMoneyContext(text, 'en')).map((m) => [m.text, m.currency, m.equivalent?.text, m.equivalent?.currency]))
      .toEqual([['$29 million USD', 'USD', '$44 million', 'AUD']]);
  });
});
