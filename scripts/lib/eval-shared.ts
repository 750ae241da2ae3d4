/** Pieces the eval scripts share: whitespace-tolerant span matching and fixture-folder selection. */

/** Collapse whitespace like normalizeSpace, keeping a map from raw offsets to normalised ones. */
export function normalizeWithMap(raw: string): { text: string; at: number[] } {
  const at: number[] = new Array(raw.length + 1);
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (/[\s\u00a0\u200b\u00ad]/.test(ch)) {
      if (out.length > 0) pendingSpace = true;
      at[i] = out.length;
      continue;
    }
    if (pendingSpace) { out += ' '; pendingSpace = false; }
    at[i] = out.length;
    out += ch;
  }
  at[raw.length] = out.length;
  return { text: out, at };
}

export const norm = (s: string): string => normalizeWithMap(s).text;

/** Every [start, end) where `needle` occurs in `hay`. */
export function occurrences(hay: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}

export const overlap = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

/** The numeric value following `flag` on the command line, or null. */
export function numberArg(flag: string): number | null {
  const i = process.argv.indexOf(flag);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : null;
}

/** Fixture folders in scope: number prefix within [--only-from, --only-below). */
export function makeScope(): (slug: string) => boolean {
  const onlyFrom = numberArg('--only-from');
  const onlyBelow = numberArg('--only-below');
  return (slug) => {
    const n = Number.parseInt(slug, 10);
    if (onlyFrom !== null && !(n >= onlyFrom)) return false;
    if (onlyBelow !== null && !(n < onlyBelow)) return false;
    return true;
  };
}
