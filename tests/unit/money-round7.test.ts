/**
 * Money reader, round 7: the page's country domain as one cue to what a bare "$" means. A .ca, .com.au or .co.nz
 * outlet writes its own dollar as "$"; a .com page keeps the text-only rules. Each row is run with and without the
 * host, so that the host is seen to be the cue (or seen to be outweighed by the text).
 */
import { describe, expect, it } from 'vitest';
import { findMoney, guessBareDollar, guessLocalDollar, hostDollar, pageMoneyContext } from '../../utils/money';

describe('hostDollar: the dollar of a country domain', () => {
  it.each<[string | null, string | null]>([
    ['betakit.ca', 'CAD'],
    ['www.theglobeandmail.ca', 'CAD'],
    ['www.smartcompany.com.au', 'AUD'],
    ['startupdaily.net.au', 'AUD'],
    ['www.nzherald.co.nz', 'NZD'],
    ['www.businesstimes.com.sg', 'SGD'],
    ['www.scmp.com.hk', 'HKD'],
    ['techcrunch.com', null],
    ['www.maddyness.com', null],
    ['example.cat', null], // ".cat" is not ".ca"
    ['sub.ca.example.com', null], // "ca" inside the host is no country domain
    [null, null],
  ])('%s → %s', (host, code) => expect(hostDollar(host)).toBe(code));
});

/** [text, host, with host, without host] */
type HostRow = [string, string, string | null, string | null];

describe('guessBareDollar with the page host', () => {
  it.each<HostRow>([
    // No place named at all: only the host tells.
    ['Toronto-free story: Acme raised a $1 million seed round led by Inovia.', 'betakit.ca', 'CAD', null],
    ['Hatch raised a $1 million seed round to expand its platform.', 'betakit.ca', 'CAD', null],
    ['La start-up Hatch a levé un seed de $1 million.', 'www.lapresse.ca', 'CAD', null],
    ['The Brisbane startup raised $3.5 million in a round led by Blackbird.', 'www.smartcompany.com.au', 'AUD', null],
    ['Sharesies closed a $30 million Series C.', 'www.nzherald.co.nz', 'NZD', null],
    // US dollars set apart with "US$": the bare ones are the host's.
    ['Clio raised US$900 million last year; this week Fable added $12 million.', 'betakit.ca', 'CAD', null],
    // French dollars written after the figure, on a Quebec outlet that names no place.
    ['Spark a obtenu 18 millions de dollars auprès de fonds privés.', 'www.lapresse.ca', 'CAD', null],
  ])('%s (%s)', (text, host, withHost, withoutHost) => {
    expect(guessBareDollar(text, host)).toBe(withHost);
    expect(guessBareDollar(text)).toBe(withoutHost);
  });
});

describe('pageMoneyContext passes the host to findMoney', () => {
  it('reads a bare "$" on a .ca page as CAD and leaves "US$" alone', () => {
    const text = 'Fable raised a $1 million seed round. Its rival raised US$5 million.';
    const ctx = pageMoneyContext(text, 'en', 'https://betakit.ca/fable-seed/');
    expect(findMoney(text, ctx).map((m) => [m.text, m.currency])).toEqual([['$1 million', 'CAD'], ['US$5 million', 'USD']]);
  });
  it('reads a "$28.35m (US$20m)" restatement on a .sg page as SGD without any place named', () => {
    expect(guessLocalDollar('The startup raised $28.35m (US$20m).', 'www.businesstimes.com.sg')).toBe('SGD');
    expect(guessLocalDollar('The startup raised $28.35m (US$20m).')).toBeNull();
  });
});
