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

const ELEMENT_NODE = 1;
const DOCUMENT_FRAGMENT_NODE = 11;

/**
 * Whether the page shows `node` as far as open shadow roots go: false when it,
 * or one of its ancestors, is a child of an element hosting an open shadow
 * root without being assigned to one of that root's slots (the host shows its
 * root instead: the text index and the extraction read it so). A node inside
 * a root is looked at on up through its host. Used for painted ranges: a
 * component that attaches its root after the page was read hides the light
 * text our highlights were on, which is then as good as redrawn.
 */
export function shownThroughShadowHosts(node: Node): boolean {
  let child: Node = node;
  let parent = node.parentNode;
  while (parent) {
    if (parent.nodeType === DOCUMENT_FRAGMENT_NODE) {
      const host = (parent as ShadowRoot).host;
      if (!host) return true;
      child = host;
    } else {
      const root = parent.nodeType === ELEMENT_NODE ? openShadowOf(parent as Element) : null;
      if (root && !assignedToSlot(child, root)) return false;
      child = parent;
    }
    parent = child.parentNode;
  }
  return true;
}

/** Whether `node`, a child of `root`'s host, is assigned to one of `root`'s slots. */
function assignedToSlot(node: Node, root: ShadowRoot): boolean {
  const slot = (node as Node & { assignedSlot?: Element | null }).assignedSlot;
  if (slot !== undefined) return slot !== null;
  // A DOM without assignedSlot (happy-dom; a comment node): the root's slots are asked, as the text index does.
  return Array.from(root.querySelectorAll('slot')).some((s) => slottedNodes(s)?.includes(node) ?? false);
}
