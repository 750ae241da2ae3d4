/**
 * Money reader, round 7 negatives: where a country domain must NOT turn a bare "$" local.
 */
import { describe, expect, it } from 'vitest';
import { guessBareDollar, guessLocalDollar } from '../../utils/money';

describe('guessBareDollar: the host is outweighed by the text', () => {
  it.each<[string, string | null, string | null]>([
    // A bare figure clarified as US after it.
    ['Calgary businesses raised $99 million U.S. in 2023; of that $99 million, $78 million went to software.', 'calgaryherald.ca', null],
    ['Fable raised $5 million USD in a seed round.', 'betakit.ca', null],
    // The local dollar written out and US dollars never marked: a wire story, bare "$" is US.
    ['Square paid $29 billion for Afterpay, valued at A$39 billion.', 'www.afr.com.au', null],
    // American spelling: a US press release on a Canadian newswire.
    ['The center of our behavior analytics and the color of our favorite dashboards: Acme raised $10 million.', 'www.newswire.ca', null],
    // A story about an American company, the US named again and again, no "US$".
    ['San Francisco startup Acme raised $40 million. The U.S. market, Silicon Valley investors and New York banks led. California is next; America first. Wall Street cheered.', 'betakit.ca', null],
    // An Auckland story on a Sydney site: the named country wins over the host.
    ['Auckland-based Tracksuit raised $10 million, the biggest Kiwi seed round in New Zealand this year, and will hire in Wellington and Christchurch.', 'www.smartcompany.com.au', 'NZD'],
    // A .com page keeps today's rules: Canada named once is no cue.
    ['Acme, which also has an office in Canada, raised $20 million.', 'techcrunch.com', null],
    ['Acme, which also has an office in Canada, raised $20 million.', 'betakit.com', null],
    // A .sg/.hk host is no bare-dollar cue: those outlets write "S$" / "HK$" for theirs.
    ['The startup raised $5 million in a Series A.', 'www.businesstimes.com.sg', null],
  ])('%s (%s)', (text, host, code) => expect(guessBareDollar(text, host)).toBe(code));

  it('a French page on a .fr host keeps US dollars', () => {
    expect(guessBareDollar('Spark a obtenu 18 millions de dollars auprès de fonds américains.', 'www.lesechos.fr')).toBeNull();
  });
  it('a .ca page whose French story is set in the United States keeps US dollars', () => {
    expect(guessBareDollar('La start-up new-yorkaise a levé 18 millions de dollars aux États-Unis, à New York, auprès de fonds américains.', 'www.lapresse.ca')).toBeNull();
  });
  it('a restatement on a .com page names no local dollar without a place', () => {
    expect(guessLocalDollar('The startup raised $28.35m (US$20m).', 'techcrunch.com')).toBeNull();
  });
});
