// @vitest-environment happy-dom
/**
 * Every artifact in the card says what to do with it (reader review, session 15). One with no
 * fix (merged stories, byline noise, "??" placeholders) had no "Fix:" line at all, while "Copy
 * clean text" leaves such artifacts in place and its note counts them ("6 repairs, 2 left as
 * found"): an editor could not tell which entries were theirs to edit, or whether a fix was lost.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ArtifactList } from '../../components/ArtifactList';
import type { Artifact } from '../../utils/types';

afterEach(cleanup);

const fixLines = (artifacts: Artifact[]): string[] => {
  render(<ArtifactList artifacts={artifacts} findingIds={artifacts.map(() => null)} onShow={() => undefined} />);
  return [...document.querySelectorAll('li.artifact')].map((li) => li.querySelector('.fix')?.textContent ?? '(no fix line)');
};

describe('ArtifactList: the fix line of each entry', () => {
  it.each<[string, Artifact, string]>([
    ['merged stories, no fix', { kind: 'merged-stories', text: 'The growth of China’s outbound direct investment remained stable.', message: 'A second story runs on from here.', fix: null }, 'Fix: none proposed'],
    ['byline noise, no fix', { kind: 'byline-noise', text: 'By FAN FEIFEI fanfeifei@chinadaily.com.cn', message: 'A byline was merged with contact details.', fix: null }, 'Fix: none proposed'],
    // Negative rows: a fix is shown as it was (a deletion in the exports' words, a replacement as text).
    ['a deletion', { kind: 'boilerplate', text: 'Order Reprints', message: 'Website furniture.', fix: '' }, 'Fix: delete it'],
    ['a replacement', { kind: 'lost-hyphen', text: 'vicechairman', message: 'A hyphen was lost.', fix: 'vice-chairman' }, 'Fix: vice-chairman'],
  ])('%s', (_, artifact, line) => {
    expect(fixLines([artifact])).toEqual([line]);
  });

  it('in a mixed group each entry has its own line, in order', () => {
    const byline = (text: string, fix: string | null): Artifact => ({ kind: 'byline-noise', text, message: 'Byline noise.', fix });
    expect(fixLines([byline('By A Writer a@x.com', null), byline('By B Writer | Updated', 'By B Writer')])).toEqual(['Fix: none proposed', 'Fix: By B Writer']);
  });
});
