/**
 * Funding-round names. STUB API — the money engineer replaces the
 * implementation; the exported names and types stay.
 */

export interface RoundMatch {
  /** Normalised: "Pre-seed", "Seed", "Angel", "Series A" … "Series H" (extensions as "Series A+", "Series B-1"), "Pre-Series A", "Bridge", "Growth", "Debt", "Strategic", "Convertible note". */
  round: string;
  text: string;
  start: number;
  end: number;
}

const SERIES = /\b(?:Series|série)\s+(?<letter>[A-J])\b/gi;

/** Every round name in `text`, left to right. */
export function findRounds(text: string): RoundMatch[] {
  return [...text.matchAll(SERIES)].map((m) => ({
    round: `Series ${m.groups!.letter!.toUpperCase()}`,
    text: m[0],
    start: m.index!,
    end: m.index! + m[0].length,
  }));
}
