import { useRef } from 'preact/hooks';
import { withoutBidiControls } from '../utils/bidi';
import { ARTIFACT_LABELS, shorten } from '../utils/format';
import type { Artifact, ArtifactKind } from '../utils/types';
import { ShowButton } from './ShowButton';

/**
 * Scraping artifacts grouped by kind, each with its excerpt and proposed fix.
 * Identical entries (same kind and text: five "Ã©" mojibake marks) are one
 * entry with a count, whose "show on page" visits each mention in turn.
 */
export interface ArtifactListProps {
  artifacts: Artifact[];
  /** Finding id per artifact index, for those found on the page. */
  findingIds: Array<string | null>;
  onShow: (findingId: string) => void;
}

/** One line of the list: the artifact shown, and the indexes of every identical mention. */
export interface ArtifactEntry {
  artifact: Artifact;
  indexes: number[];
}

/** Artifacts by kind (first-seen order), identical kind+text mentions merged into one entry. */
export function groupArtifactEntries(artifacts: readonly Artifact[]): Map<ArtifactKind, ArtifactEntry[]> {
  const groups = new Map<ArtifactKind, ArtifactEntry[]>();
  const byText = new Map<string, ArtifactEntry>();
  artifacts.forEach((artifact, i) => {
    const key = `${artifact.kind}\u0000${artifact.text}`;
    const seen = byText.get(key);
    if (seen) {
      seen.indexes.push(i);
      return;
    }
    const entry: ArtifactEntry = { artifact, indexes: [i] };
    byText.set(key, entry);
    groups.set(artifact.kind, [...(groups.get(artifact.kind) ?? []), entry]);
  });
  return groups;
}

/**
 * Up to this many kinds, every group is open: a closed group showed only its label ("Merged
 * stories 1"), and its one-sentence explanation was a click away on a short list. Beyond it the
 * first is open and a note says how many kinds there are, so the card stays short.
 */
export const OPEN_ARTIFACT_GROUPS = 3;

export function ArtifactList({ artifacts, findingIds, onShow }: ArtifactListProps) {
  const groups = groupArtifactEntries(artifacts);
  const allOpen = groups.size <= OPEN_ARTIFACT_GROUPS;
  // Clicks per merged entry, so each click on "show on page" goes to the next mention
  // (kept across renders: the popup re-renders when highlights are toggled).
  const clicks = useRef(new Map<string, number>());
  return (
    <section aria-labelledby="artifacts-heading">
      <h2 id="artifacts-heading">Scraping artifacts <span class="count">{artifacts.length}</span></h2>
      {!allOpen && (
        <p class="artifact-groups-note artifact-message muted">
          {groups.size} kinds of artifact: the first is open; open the others to read them.
        </p>
      )}
      {[...groups].map(([kind, entries], groupIndex) => {
        const label = ARTIFACT_LABELS[kind] ?? kind;
        const mentions = entries.reduce((n, e) => n + e.indexes.length, 0);
        return (
          <details key={kind} class="artifact-group" open={allOpen || groupIndex === 0}>
            <summary>
              {label} <span class="count">{mentions}</span>
            </summary>
            <ul>
              {entries.map(({ artifact: a, indexes }) => {
                const key = `${kind}-${indexes[0]}`;
                const ids = indexes.map((i) => findingIds[i] ?? null).filter((id): id is string => id !== null);
                const times = indexes.length;
                const next = (): void => {
                  const k = clicks.current.get(key) ?? 0;
                  clicks.current.set(key, k + 1);
                  const id = ids[k % ids.length];
                  if (id) onShow(id);
                };
                return (
                  <li key={key} class="artifact">
                    <p class="artifact-message">
                      {withoutBidiControls(a.message)}
                      {times > 1 && (
                        <>
                          {' '}
                          <span class="count" aria-label={`${times} times in the article`}>
                            ×{times}
                          </span>
                        </>
                      )}
                    </p>
                    <blockquote class="excerpt">
                      <ShowButton
                        label={shorten(withoutBidiControls(a.text), 140)}
                        findingId={ids[0] ?? null}
                        onShow={next}
                        description={times > 1 ? `${label}, ${times} mentions, each click shows the next` : label}
                      />
                    </blockquote>
                    {/* Every entry says what to do. One with no fix ("none proposed") is for the editor's own
                        hands: "Copy clean text" leaves it in place and its note counts it "left as found". */}
                    <p class="fix">
                      <span class="fix-label">Fix:</span>{' '}
                      {a.fix === null ? <em class="no-fix">none proposed</em> : a.fix === '' ? <em>delete it</em> : shorten(withoutBidiControls(a.fix), 140)}
                    </p>
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
