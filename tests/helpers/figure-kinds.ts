import { readFigure } from '../../utils/deals';

/** The kind read for each "§" run of a masked sentence, left to right ('fund' for a VC firm's own fund). */
export function figureKinds(masked: string): string[] {
  const out: string[] = [];
  for (const m of masked.matchAll(/§+/gu)) {
    const r = readFigure(masked, m.index, m.index + m[0].length);
    out.push(r.fund ? 'fund' : r.kind);
  }
  return out;
}
