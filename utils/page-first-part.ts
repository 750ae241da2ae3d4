/**
 * The first part of a page too long to read whole (over the content script's
 * MAX_PAGE_TEXT_CHARS): its paragraphs in text order up to FIRST_PART_CHARS,
 * walked an element at a time in slices (FirstPartWalk), or cut from the
 * paragraphs Readability gave (firstPartOf). Moved out of
 * entrypoints/content/page.ts, no behaviour change.
 */

/** One slice of a walk: how much it did, on the clock the chunk's deadline is checked against. */
export interface WalkSlice {
  done: boolean;
  items: number;
  start: number;
  end: number;
  /** When the slice's last text node started (the deadline is checked before each one). */
  lastItemStart: number;
}

/**
 * How much of a page too long to read whole (over MAX_PAGE_TEXT_CHARS) is
 * read: its first paragraphs, in text order, up to this many characters. A
 * news story on such a page (a live blog, an archive, a page with a huge
 * comment thread) has its deal in its first part; the readers take ~9 ms per
 * KB, about a second here when idle; 400,000 ran past READ_BUDGET_MS in the
 * browser test of the 10 MB page at load 20 (the worker gave up after 30 s).
 */
export const FIRST_PART_CHARS = 100_000;

/** Elements read as one paragraph each by FirstPartWalk (their inner blocks are not read again). */
const PARAGRAPH_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DT', 'DD', 'FIGCAPTION', 'TD', 'TH', 'CAPTION', 'ADDRESS']);
/** Never text of the article. */
const NOT_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'IFRAME', 'OBJECT', 'SVG', 'MATH', 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON']);

/**
 * The first paragraphs of a very long page, in text order, up to
 * FIRST_PART_CHARS: walked an element at a time, a slice at a time (the
 * page's own work in between), without Readability (its parse of a 10 MB
 * page is seconds of one task, and it refuses such a page anyway).
 *
 * One of two first-part paths, on purpose (see also firstPartOf). This one
 * decides on the page's text (the fingerprint, over MAX_PAGE_TEXT_CHARS)
 * before any parse, so Readability's one unsplittable task never runs on such
 * a page (big-pages and page-long-tasks guard that no task of ours is long).
 * It cannot serve the 1-4 M case: there the page may hold a short article
 * with a huge comment thread or menu around it, which Readability reads whole
 * and clean, while this walk would read the page's first 100,000 characters,
 * boilerplate included (robust28-first-part, ux21-ux3-first-part's negative).
 */
export class FirstPartWalk {
  readonly paragraphs: string[] = [];
  private chars = 0;
  private node: Element | null;
  private readonly root: Element | null;
  private readonly budget: number;
  /** True when the page had more text than was taken. */
  cut = false;

  constructor(doc: Document, budget = FIRST_PART_CHARS) {
    this.root = doc.body;
    this.node = doc.body?.firstElementChild ?? null;
    this.budget = budget;
  }

  slice(budgetMs: number): WalkSlice {
    const start = performance.now();
    let now = start;
    let lastItemStart = start;
    let items = 0;
    while (this.node) {
      lastItemStart = now;
      const el = this.node;
      const tag = el.tagName.toUpperCase();
      let enter = false;
      if (NOT_TEXT_TAGS.has(tag) || el.hasAttribute('hidden')) {
        /* skipped with its subtree */
      } else if (PARAGRAPH_TAGS.has(tag)) {
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) {
          if (this.chars + text.length > this.budget) {
            // A first paragraph longer than the whole budget (one 5 MB <p>) is itself cut, at a
            // word, so the readers never get more than the budget; a later one is left whole for
            // the next part.
            if (this.paragraphs.length === 0) {
              this.paragraphs.push(headOf(text, this.budget));
              this.chars = this.paragraphs[0]!.length;
            }
            this.cut = true;
            this.node = null;
            break;
          }
          this.paragraphs.push(text);
          this.chars += text.length;
        }
      } else {
        enter = el.firstElementChild !== null;
      }
      this.node = enter ? el.firstElementChild : this.after(el);
      items++;
      now = performance.now();
      if (now - start >= budgetMs) break;
    }
    return { done: this.node === null, items, start, end: performance.now(), lastItemStart };
  }

  /** The next element after `el` and its subtree, in document order, within the body. */
  private after(el: Element): Element | null {
    let at: Element | null = el;
    while (at && at !== this.root) {
      if (at.nextElementSibling) return at.nextElementSibling;
      at = at.parentElement;
    }
    return null;
  }
}

/** The first `max` characters of `text`, ended at a space when there is one in its last tenth. */
function headOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  return (space > max * 0.9 ? head.slice(0, space) : head).trimEnd();
}

/** The card's note on a reading of a page's first part only. */
export const FIRST_PART_NOTE = `Read the first ${FIRST_PART_CHARS.toLocaleString('en')} characters of a very long page.`;

/**
 * The first paragraphs of `paragraphs`, up to `budget` characters (the first
 * one cut at a word when it alone is longer), when their whole text is over
 * `limit`; null when it is not (the article is read whole).
 *
 * The second first-part path (see FirstPartWalk): after Readability, on the
 * article's own paragraphs, when the page was small enough to parse (under
 * MAX_PAGE_TEXT_CHARS) but its article is over DEFAULT_MAX_TEXT_CHARS. The
 * decision needs Readability's article length, which the walk path must not
 * wait for; merging them would either parse 10 MB pages in one task or drop
 * Readability's choice of the article on 1-4 M pages.
 */
export function firstPartOf(paragraphs: string[], limit: number, budget: number): string[] | null {
  let total = 0;
  for (const p of paragraphs) total += p.length;
  if (total <= limit) return null;
  const out: string[] = [];
  let chars = 0;
  for (const p of paragraphs) {
    if (chars + p.length > budget) {
      if (out.length === 0) out.push(headOf(p, budget));
      break;
    }
    out.push(p);
    chars += p.length;
  }
  return out;
}
