import { withoutBidiControls } from '../utils/bidi';
import { publishedDay } from '../utils/export';
import { siteLabel } from '../utils/format';
import type { SourceInfo } from '../utils/types';

/** The article's title, site, byline and date at the top of the card. */
export interface ArticleHeaderProps {
  /** The page's metadata as read (page strings, shown as text). */
  source: SourceInfo;
  /** Words in the article as read; 0 hides the line (not an article). */
  wordCount: number;
}

export function ArticleHeader({ source, wordCount }: ArticleHeaderProps) {
  // Page strings lose bidi controls: a byline "Jean<RLO>evil<PDF> Dupont" would otherwise show as "Jeanlive Dupont".
  // The exports' formatter (publishedDay): an ISO timestamp's day, any other wording whole. A bare
  // slice(0, 10) cut "Tue, 12 Mar 2024 10:00 GMT" to "Tue, 12 Ma" while a pasted summary said it whole.
  // No site name on the page: the address's host says whose story it is (the exports' meta line says the same).
  const meta = [siteLabel(source), source.byline, source.publishedTime ? publishedDay(source.publishedTime) : null]
    .filter((x): x is string => !!x)
    .map(withoutBidiControls)
    .filter((x) => x.trim() !== '');
  const title = source.title ? withoutBidiControls(source.title) : 'Untitled page';
  return (
    <header class="article" aria-label="Article">
      {/* The title is clamped to three lines by the stylesheet (a long headline filled the 600 px popup
          and pushed the deal under the export footer); the clamp is visual only, so screen readers read
          the whole heading, and the full text is the tooltip. */}
      {/* tabIndex -1: after "Retry" or "Read again" the popup moves focus to the new card's title. */}
      <h1 class="article-title" title={title} tabIndex={-1}>
        {title}
      </h1>
      {meta.length > 0 && <p class="article-meta">{meta.join(' · ')}</p>}
      {wordCount > 0 && <p class="article-meta">{wordCount.toLocaleString('en')} words</p>}
    </header>
  );
}
