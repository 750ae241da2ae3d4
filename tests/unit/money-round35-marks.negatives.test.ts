/**
 * Money, round 35 look-alikes (invented figures): dollar figures that write no country (their currency is the page's guess),
 * and letters glued to a mark that make another word ("USDC", "CAPEX").
 */
import { describe, expect, it } from 'vitest';
import { dollarMarkOf } from '../../utils/money';

describe('round 35: a bare dollar figure writes no country', () => {
  const rows: Array<[string]> = [
    ['$15M'], ['15 M$'], ['$140 million'], ['18 millions de dollars'], ['$5m USDC'], ['$2 million CAPEX'],
  ];
  it.each(rows)('%s', (text) => expect(dollarMarkOf(text)).toBeNull());
});
