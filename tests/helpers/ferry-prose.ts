import { buildDoc } from '../../utils/artifacts/context';
import { findBoilerplate, isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { findEdgeChrome } from '../../utils/artifacts/edge-chrome';
import { findFurniture } from '../../utils/artifacts/furniture';
import { findUiClutter } from '../../utils/artifacts/ui-labels';

/**
 * The invented clean prose that the artifact readers' round tables (rounds 26 and later) set around the line under
 * test, and the small row runners they share: one copy, so a table file holds only its rows.
 */
export const PROSE_A = 'The ferry operator reported a rise in passengers over the summer, its chief executive told reporters.';
export const PROSE_B = 'The company said it planned to add two routes to the islands before the end of next year.';
export const PROSE_FR = 'L’exploitant des ferries a annoncé une hausse du trafic cet été, a indiqué son directeur général.';

/** The excerpts of a reader's findings on a built document. */
export const slices = (doc: ReturnType<typeof buildDoc>, found: Array<{ start: number; end: number }>): string[] =>
  found.map((f) => doc.text.slice(f.start, f.end));

/** The excerpts `findUiClutter` flags on these paragraphs. */
export const uiClutterTexts = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return slices(doc, findUiClutter(doc));
};

/** The excerpts `findBoilerplate` flags on these paragraphs. */
export const boilerplateTexts = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return slices(doc, findBoilerplate(doc));
};

/** The excerpts `findFurniture` (with the line classifier) flags on these paragraphs. */
export const furnitureTexts = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return slices(doc, findFurniture(doc, isFurnitureLine));
};

/** The excerpts `findEdgeChrome` (with the line classifier) flags on these paragraphs. */
export const edgeChromeTexts = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return slices(doc, findEdgeChrome(doc, isFurnitureLine));
};
