import { it } from 'vitest';
import { PROSE_A, PROSE_B, PROSE_FR } from './ferry-prose';

/** A furniture table's row: its name (a French row's name opens on "FR") and the invented line. */
export type LineRow = [name: string, line: string];
/** Two paragraphs of clean story prose to put around a row's line. */
export type Prose = [string, string];

/** The ferry prose of the row's language: French for a row named "FR …", English otherwise. */
export function proseFor(name: string): Prose {
  return name.startsWith('FR') ? [PROSE_FR, PROSE_FR.replace('cet été', 'cet hiver')] : [PROSE_A, PROSE_B];
}

/** One test per row: `check` gets the row's line and the prose of its language. */
export function eachLine(rows: readonly LineRow[], check: (line: string, prose: Prose) => void): void {
  for (const [name, line] of rows) it(name, () => check(line, proseFor(name)));
}
