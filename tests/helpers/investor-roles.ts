/** Shared by the investor round-7 and round-8 tables: a sentence's investors by role. */
import { findInvestorMentions } from '../../utils/investors';

export type Want = { lead: string[]; participant: string[] };

/** Names by role, in order, duplicates dropped: the rows say who leads and who takes part, not which trigger found them. */
export function roles(s: string): Want {
  const out: Want = { lead: [], participant: [] };
  for (const m of findInvestorMentions(s, { nearDeal: true })) for (const n of m.names) if (!out[m.role].includes(n)) out[m.role].push(n);
  out.participant = out.participant.filter((n) => !out.lead.includes(n));
  return out;
}

export const row = (sentence: string, lead: string[], participant: string[]): [string, Want] => [sentence, { lead, participant }];
