/**
 * The hover explanation of a highlight ("Round amount — SenseTime, Series C"),
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
}
.tip[hidden] { display: none; }
`;

export interface Tooltip {
  show(text: string, colour: string, x: number, y: number): void;
  hide(): void;
  /** Take the host element off the page. */
  destroy(): void;
  /** True for the tooltip's own host (so the text index skips it). */
  owns(element: Element): boolean;
}

export function createTooltip(doc: Document): Tooltip {
  let host: HTMLElement | null = null;
  let tip: HTMLDivElement | null = null;

  const ensure = (): HTMLDivElement => {
    if (host?.isConnected && tip) return tip;
    host = doc.createElement(HOST_TAG);
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
      el.textContent = text; // page text stays text
      el.style.setProperty('--line', colour);
      el.hidden = false;
      const view = doc.defaultView;
      const width = view?.innerWidth ?? 1024;
      const height = view?.innerHeight ?? 768;
      const box = el.getBoundingClientRect();
      const left = Math.max(4, Math.min(x + 12, width - box.width - 4));
      const top = y + 18 + box.height > height ? y - box.height - 10 : y + 18;
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
      return element === host || element.tagName.toLowerCase() === HOST_TAG;
    },
  };
}
