import { withoutBidiControls } from '../../utils/bidi';

/**
 * The hover explanation of a highlight ("Round amount · SenseTime, Series C"),
 * drawn in a closed shadow root hung on <html> (not <body>, whose markup we
 * promise not to change) so the page's CSS can neither style nor see it.
 */
const HOST_TAG = 'roundup-tooltip';

const CSS = `
:host { all: initial; }
.tip {
  position: fixed; z-index: 2147483647; max-width: 320px; pointer-events: none;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #f8fafc;
  background: #0f172a; border-radius: 6px; padding: 6px 9px; box-shadow: 0 4px 14px rgba(0,0,0,.25);
  border-left: 4px solid var(--line, #64748b); white-space: normal; overflow-wrap: anywhere;
  /* No lone word on the last line: "… SenseTime Group Ltd, Series" then "C" read as two labels. */
  text-wrap: pretty;
}
.tip[hidden] { display: none; }
.what { font-weight: 600; }
.sep, .about { color: #cbd5e1; }
`;

/** Gap between the highlighted line and the tooltip, so neither the line nor its neighbour is covered. */
const GAP = 6;

/**
 * A finding's label split for display: "Round amount — SenseTime Group Ltd — Series C" is what it
 * is ("Round amount") and what it belongs to ("SenseTime Group Ltd — Series C"), shown as
 * "Round amount · SenseTime Group Ltd — Series C" so the deal's own dash is not read as a separator.
 */
export function tooltipParts(label: string): { what: string; about: string | null } {
  const text = withoutBidiControls(label);
  const at = text.indexOf(' — ');
  if (at <= 0) return { what: text, about: null };
  const about = text.slice(at + 3).trim();
  return { what: text.slice(0, at), about: about || null };
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The box of the line of text under the pointer (the highlighted word's line), or null.
 * The tooltip is placed against it rather than against the pointer, which sits somewhere
 * inside the line: placed from the pointer it covered the next line of the article.
 */
export function lineBoxAt(doc: Document, x: number, y: number): { top: number; bottom: number } | null {
  try {
    const d = doc as CaretDocument;
    let node: Node | null = null;
    let offset = 0;
    const pos = d.caretPositionFromPoint?.(x, y);
    if (pos) {
      node = pos.offsetNode;
      offset = pos.offset;
    } else {
      const r = d.caretRangeFromPoint?.(x, y);
      if (r) {
        node = r.startContainer;
        offset = r.startOffset;
      }
    }
    if (!node || node.nodeType !== 3) return null;
    const length = (node as Text).length;
    if (length === 0) return null;
    const range = doc.createRange();
    // The caret sits between two letters: the line is the box of the letter on either side that holds y.
    for (const start of [Math.min(offset, length - 1), Math.max(0, offset - 1)]) {
      range.setStart(node, start);
      range.setEnd(node, start + 1);
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.height > 0 && y >= rect.top - 1 && y <= rect.bottom + 1) return { top: rect.top, bottom: rect.bottom };
      }
    }
  } catch {
    /* a point outside any text, or a detached node */
  }
  return null;
}

export interface Tooltip {
  /** Explain a highlight: `text` is the finding's label (page text: set as text, never HTML). */
  show(text: string, colour: string, x: number, y: number): void;
  hide(): void;
  /** Take the host element off the page. */
  destroy(): void;
  /** True for a host element this tooltip made (so the text index skips it); never for a page's element of the same tag. */
  owns(element: Element): boolean;
}

export function createTooltip(doc: Document): Tooltip {
  let host: HTMLElement | null = null;
  let tip: HTMLDivElement | null = null;
  /**
   * Every host this tooltip made, the one taken off included (its removal
   * reaches the MutationObserver after destroy()). Matched by identity, never
   * by tag name: a page's own <roundup-tooltip> is page text like any other.
   */
  const made = new WeakSet<Element>();

  const ensure = (): HTMLDivElement => {
    if (host?.isConnected && tip) return tip;
    host = doc.createElement(HOST_TAG);
    made.add(host);
    host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none;';
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    tip = doc.createElement('div');
    tip.className = 'tip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    root.append(style, tip);
    doc.documentElement.appendChild(host);
    return tip;
  };

  return {
    show(text, colour, x, y) {
      const el = ensure();
      // Page text stays text: every part is a text node, never markup.
      const { what, about } = tooltipParts(text);
      const strong = doc.createElement('span');
      strong.className = 'what';
      strong.textContent = what;
      el.replaceChildren(strong);
      if (about) {
        const sep = doc.createElement('span');
        sep.className = 'sep';
        sep.textContent = ' · ';
        const rest = doc.createElement('span');
        rest.className = 'about';
        rest.textContent = about;
        el.append(sep, rest);
      }
      el.style.setProperty('--line', colour);
      el.hidden = false;
      const view = doc.defaultView;
      const width = view?.innerWidth ?? 1024;
      const height = view?.innerHeight ?? 768;
      const box = el.getBoundingClientRect();
      const left = Math.max(4, Math.min(x + 12, width - box.width - 4));
      // Above the highlighted line when it fits (the reader reads on downwards), else below it.
      const line = lineBoxAt(doc, x, y) ?? { top: y - 10, bottom: y + 10 };
      const above = line.top - GAP - box.height;
      const below = line.bottom + GAP;
      const top = above >= 4 ? above : below + box.height <= height - 4 ? below : Math.max(4, above);
      el.style.left = `${left}px`;
      el.style.top = `${Math.max(4, top)}px`;
    },
    hide() {
      if (tip) tip.hidden = true;
    },
    destroy() {
      host?.remove();
      host = null;
      tip = null;
    },
    owns(element) {
      return made.has(element);
    },
  };
}
