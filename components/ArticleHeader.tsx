import { withoutBidiControls } from '../utils/bidi';
import type { SourceInfo } from '../utils/types';

/** The article's title, site, byline and date at the top of the card. */
export interface ArticleHeaderProps {
  source: SourceInfo;
  wordCount: number;
}

export function ArticleHeader({ source, wordCount }: ArticleHeaderProps) {
  // Page strings lose bidi controls: a byline "Jean<RLO>evil<PDF> Dupont" would otherwise show as "Jeanlive Dupont".
  const meta = [source.siteName, source.byline, source.publishedTime?.slice(0, 10)]
    .filter((x): x is string => !!x)
    .map(withoutBidiControls)
    .filter((x) => x.trim() !== '');
  return (
    <header class="article" aria-label="Article">
      <h1 class="article-title">{source.title ? withoutBidiControls(source.title) : 'Untitled page'}</h1>
      {meta.length > 0 && <p class="article-meta">{meta.join(' · ')}</p>}
      {wordCount > 0 && <p class="article-meta">{wordCount.toLocaleString('en')} words</p>}
    </header>
  );
}
