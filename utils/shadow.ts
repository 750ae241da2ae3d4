/**
 * Web components, as the page shows them: an element hosting an open shadow
 * root shows that root's content, where each <slot> shows the host's nodes
 * assigned to it (or its own fallback children). Read by the extraction (the
 * clone given to Readability) and the anchoring (the text index), so both see
 * the same text. A closed shadow root is no script's to read, Roundup's
 * included (its own tooltip lives in one). Pure DOM, no browser.* API.
 */

/** The open shadow root `el` hosts, or null (none, or a closed one). */
export function openShadowOf(el: Element): ShadowRoot | null {
  try {
    return (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;
  } catch {
    return null;
  }
}

/** The nodes a <slot> shows when some are assigned to it; null: it shows its own (fallback) children. */
export function slottedNodes(slot: Element): Node[] | null {
  const assigned = (slot as Element & { assignedNodes?: () => Node[] }).assignedNodes?.();
  return assigned && assigned.length > 0 ? assigned : null;
}
