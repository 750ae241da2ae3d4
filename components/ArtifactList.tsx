import { ARTIFACT_LABELS, shorten } from '../utils/format';
import type { Artifact, ArtifactKind } from '../utils/types';
import { ShowButton } from './ShowButton';

/** Scraping artifacts grouped by kind, each with its excerpt and proposed fix. */
export interface ArtifactListProps {
  artifacts: Artifact[];
  /** Finding id per artifact index, for those found on the page. */
  findingIds: Array<string | null>;
  onShow: (findingId: string) => void;
}

export function ArtifactList({ artifacts, findingIds, onShow }: ArtifactListProps) {
  const groups = new Map<ArtifactKind, number[]>();
  artifacts.forEach((a, i) => groups.set(a.kind, [...(groups.get(a.kind) ?? []), i]));
  return (
    <section aria-labelledby="artifacts-heading">
      <h2 id="artifacts-heading">Scraping artifacts <span class="count">{artifacts.length}</span></h2>
      {[...groups].map(([kind, indexes]) => (
        <details key={kind} class="artifact-group" open={artifacts.length <= 4}>
          <summary>
            {ARTIFACT_LABELS[kind] ?? kind} <span class="count">{indexes.length}</span>
          </summary>
          <ul>
            {indexes.map((i) => {
              const a = artifacts[i] as Artifact;
              return (
                <li key={i} class="artifact">
                  <p class="artifact-message">{a.message}</p>
                  <blockquote class="excerpt">
                    <ShowButton label={shorten(a.text, 140)} findingId={findingIds[i] ?? null} onShow={onShow} description={`${ARTIFACT_LABELS[kind] ?? kind}`} />
                  </blockquote>
                  {a.fix !== null && (
                    <p class="fix">
                      <span class="fix-label">Fix:</span> {a.fix === '' ? <em>delete it</em> : shorten(a.fix, 140)}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      ))}
    </section>
  );
}
