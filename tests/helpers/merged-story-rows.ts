import { buildDoc } from '../../utils/artifacts/context';
import { findMergedStories } from '../../utils/artifacts/merged-stories';

/**
 * The merged-story tables' shared pieces: the excerpts the merged-story reader
 * flags in a list of paragraphs, and one complete story per language about a
 * company named three times or more (not at a sentence's start), for rows that
 * need an article that has ended before the next item.
 */
export function mergedStoryExcerpts(paragraphs: string[]): string[] {
  const doc = buildDoc(paragraphs);
  return findMergedStories(doc).map((f) => doc.text.slice(f.start, f.end));
}

export const STORY_EN = [
  'Shares in Northwind Foods fell on Monday after Northwind cut its profit forecast for the year.',
  'Analysts said the warning from Northwind was the third this year and blamed higher grain costs.',
  'The chief executive of Northwind said the group would close two plants to save money next year.',
];
export const STORY_FR = [
  'Les actions de Verdiland ont chuté lundi après que Verdiland a abaissé sa prévision de bénéfice annuel.',
  'Selon les analystes, l’avertissement de Verdiland est le troisième cette année, à cause du prix du blé.',
  'Le directeur général de Verdiland a annoncé la fermeture de deux usines pour réduire les coûts.',
];
