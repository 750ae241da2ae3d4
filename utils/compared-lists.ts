/**
 * Sentences that compare companies rather than report a raise: other
 * companies' worth, sales or sale, or companies named as rivals. Both the
 * compared-list reader (funding.ts) and the bracketed-item reader (deals.ts)
 * ask it, so it lives apart from both (deals.ts cannot import funding.ts).
 */
// Money that is not a raise: another company's value, sales or sale.
export const COMPARED_NOT_RAISE = /(?:^|[^\p{L}])(?:valued|valu(?:es|ing)|valuations?|valorisations?|valorisant|valorisée?s?|market cap\p{L}*|capitalisation|revenues?|sales|ventes|chiffre d[’']affaires|acquired|acquisition|bought|rachetée?s?|rachat|IPO|introduction en bourse)(?![\p{L}\p{N}])/iu;
/**
 * A sentence telling other companies' worth or naming them as rivals: its "Name (§)" items are their valuations, not rounds.
 * Valuation words (COMPARED_NOT_RAISE), rival nouns in both languages, and "loin derrière" / "far behind" / "well below".
 */
export const VALUED_OR_RIVALS_LIST = new RegExp(String.raw`${COMPARED_NOT_RAISE.source}|(?:^|[^\p{L}])(?:rivals?|rivaux|rivale?s?|competitors?|concurrent(?:e|s|es)?|peers|pairs|challengers?|worth)(?![\p{L}\p{N}])|(?:loin|bien|far|well|way)\s+(?:derrière|en dessous|below|behind)(?![\p{L}\p{N}])`, 'iu');
