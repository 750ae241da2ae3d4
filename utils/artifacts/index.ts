/** STUB — the artifact finder replaces this. */
import type { Artifact, ArticleText } from '../types';

export function findArtifacts(_text: ArticleText): Artifact[] {
  return [];
}
