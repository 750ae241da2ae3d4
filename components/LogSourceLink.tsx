/**
 * The article's title, linking to it only when the address is http(s): a
 * stored entry could carry javascript: or data: (a hand edit, a hostile
 * page's canonical URL), and those must never become a clickable link.
 */
export interface LogSourceLinkProps {
  /** The article's address as saved (may be empty). */
  url: string;
  /** Page-derived title, shown as text. */
  title: string;
}

/** True for an absolute http: or https: address. */
export function isWebUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

export function LogSourceLink({ url, title }: LogSourceLinkProps) {
  if (!isWebUrl(url)) return <span class="source">{title}</span>;
  return (
    <a class="source" href={url} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  );
}
