/**
 * A stand-in for the CSS Custom Highlight API in happy-dom (it has none):
 * `Highlight` and `CSS.highlights` on the window, with a registry the tests
 * read. Shared by the painter, window and page-controller tests.
 */
export class FakeHighlight {
  readonly ranges = new Set<Range>();
  priority = 0;
  constructor(...ranges: Range[]) {
    for (const r of ranges) this.ranges.add(r);
  }
  get size(): number {
    return this.ranges.size;
  }
  add(range: Range): this {
    this.ranges.add(range);
    return this;
  }
  delete(range: Range): boolean {
    return this.ranges.delete(range);
  }
}

/** Put `Highlight` and `CSS.highlights` on the document's window; returns the registry. */
export function installFakeHighlights(doc: Document = document): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  const view = doc.defaultView as unknown as object;
  Object.defineProperty(view, 'Highlight', { configurable: true, value: FakeHighlight });
  Object.defineProperty(view, 'CSS', { configurable: true, value: { highlights: registry } });
  return registry;
}

/** Take them off again. */
export function removeFakeHighlights(doc: Document = document): void {
  const view = doc.defaultView as unknown as Record<string, unknown>;
  delete view.Highlight;
  delete view.CSS;
}

/** Ranges registered now, over every highlight name. */
export function registeredRanges(registry: Map<string, FakeHighlight>): number {
  let n = 0;
  registry.forEach((h) => (n += h.size));
  return n;
}
