import { ownedFigureName, readFigure } from '../../utils/deals';

/** The kind read for each "§" run of a masked sentence, left to right ('fund' for a VC firm's own fund). */
export function figureKinds(masked: string): string[] {
  const out: string[] = [];
  for (const m of masked.matchAll(/§+/gu)) {
    const r = readFigure(masked, m.index, m.index + m[0].length);
    out.push(r.fund ? 'fund' : r.kind);
  }
  return out;
}

/** Where the n-th "§" of a masked sentence starts (0-based). */
function figureAt(masked: string, n: number): number {
  let i = -1;
  for (let k = 0; k <= n; k++) i = masked.indexOf('§', i + 1);
  return i;
}

/** The kind read for the n-th "§" of a masked sentence. */
export const kindAt = (masked: string, n = 0): string => readFigure(masked, figureAt(masked, n), figureAt(masked, n) + 1).kind;

/** The owner the owned-figure reader names for the n-th "§" (null when there is none). */
export const nameAt = (masked: string, n = 0) => ownedFigureName(masked, figureAt(masked, n), figureAt(masked, n) + 1);
