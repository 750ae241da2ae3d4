/** STUB — the funding reader (money, rounds, deals, investors) replaces this. */
import type { ArticleText, FundingResult } from './types';

export interface FundingOptions {
  /** Document language ("en", "fr"), when known; the reader also guesses from the text. */
  lang?: string | null;
}

export function readFunding(_text: ArticleText, _options: FundingOptions = {}): FundingResult {
  return { deals: [], investors: [], money: [] };
}
