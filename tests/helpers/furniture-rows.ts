import { expect } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from './artifact-texts';

/**
 * The furniture tables' rows: one or more furniture lines placed at the top,
 * in the middle or at the end of a clean story (English or French), and the
 * exact excerpt the boilerplate flag must give.
 */
export interface FurnitureRow { name: string; paragraphs: string[]; text: string }

export type Where = 'top' | 'middle' | 'end';

/** The clean story with `lines` inserted at `where`. */
export function placeAt(where: Where, lines: string[], french = false): string[] {
  const [head, body] = french ? [TITRE, CORPS] : [HEADLINE, BODY];
  if (where === 'top') return [...lines, head, ...body];
  if (where === 'middle') return [head, body[0]!, ...lines, ...body.slice(1)];
  return [head, ...body, ...lines];
}

/** A row whose expected excerpt is the inserted line, or the inserted lines as one block. */
export function furnitureRow(name: string, where: Where, line: string | string[], french = false): FurnitureRow {
  const lines = typeof line === 'string' ? [line] : line;
  return { name: `${name} (${where})`, paragraphs: placeAt(where, lines, french), text: lines.join('\n\n') };
}

/** Every excerpt lies in the text, and one boilerplate flag gives exactly the row's excerpt. */
export function expectBoilerplateFlag({ paragraphs, text }: FurnitureRow): void {
  const found = findArtifacts({ paragraphs });
  const joined = paragraphs.join('\n\n');
  for (const a of found) expect(joined).toContain(a.text);
  expect(found.some((a) => a.kind === 'boilerplate' && a.text === text), JSON.stringify(found.map((a) => [a.kind, a.text]))).toBe(true);
}
