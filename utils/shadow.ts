/**
 * Web components, as the page shows them: an element hosting an open shadow
 * root shows that root's content, where each <slot> shows the host's nodes
 * assigned to it (or its own fallback children). Read by the extraction (the
 * clone given to Readability) and the anchoring (the text index), so both see
 * the same text. A closed shadow root is not read, on purpose (session 22):
 * Chromium's chrome.dom.openOrClosedShadowRoot (Firefox's
 * element.openOrClosedShadowRoot) would hand a content script every closed
 * root on the page, other extensions' private UI included (a password
 * manager's inline menu; Roundup's own tooltip lives in one), which nothing
 * tells apart from the page's own component. Read, that text would enter the
 * card, the exports and the log; highlighted, its nodes would sit in the
 * highlight registry every page script can list. Browser row:
 * tests/browser/robust35-closed-roots. Pure DOM, no browser.* API.
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
 * Levels walked up from a node at most (shownThroughShadowHosts); past it the
 * node counts as shown, as under a closed root: it cannot be told cheaply.
 * Why a bound: the walk runs for every painted range on each liveness sweep,
 * and the reading's depth bound (DEFAULT_MAX_DEPTH, 250 levels, refused
 * deeper) no longer holds once a re-anchor has found the text in whatever the
 * page redrew. Four times that bound, for the hosts' roots on the way.
 */
export const SHADOW_WALK_MAX_LEVELS = 1_000;

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
  return shadowSweep()(node);
}

/**
 * shownThroughShadowHosts for one pass over many nodes (the DOM unchanged
 * meanwhile): the answers are shared, so the ancestors the nodes have in
 * common are walked once, not once per node (a range's check costs a level or
 * two once its paragraph is known). A new sweep for each pass.
 */
export function shadowSweep(): (node: Node) => boolean {
  const known = new Map<Node, boolean>();
  return (node) => walkToShown(node, known);
}

/** One node's walk up (at most SHADOW_WALK_MAX_LEVELS), stopping at a node the sweep already answered. */
function walkToShown(node: Node, known: Map<Node, boolean>): boolean {
  const path: Node[] = [];
  let child: Node = node;
  let shown = true;
  for (;;) {
    const answer = known.get(child);
    if (answer !== undefined) {
      shown = answer;
      break;
    }
    if (path.length >= SHADOW_WALK_MAX_LEVELS) break;
    path.push(child);
    const next = shownParentOf(child);
    if (next === 'hidden') shown = false;
    if (!next || next === 'hidden') break;
    child = next;
  }
  // Every node on the way is shown exactly when the one the walk stopped at is (hidden: it hides them all).
  for (const n of path) known.set(n, shown);
  return shown;
}

/**
 * The node whose showing decides `child`'s one level up: the slot it is
 * assigned to when its parent hosts an open root (that slot may itself be a
 * light child of a nested host that does not show it), else its parent, or
 * the host of the shadow root it is in; 'hidden' when its parent hosts an
 * open root none of whose slots shows it; null at the top (or a fragment that
 * is no root).
 */
function shownParentOf(child: Node): Node | 'hidden' | null {
  const parent = child.parentNode;
  if (!parent) return null;
  if (parent.nodeType === DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  const root = parent.nodeType === ELEMENT_NODE ? openShadowOf(parent as Element) : null;
  if (!root) return parent;
  return slotOf(child, root) ?? 'hidden';
}

/** The slot of `root` that `node`, a child of `root`'s host, is assigned to, or null. */
function slotOf(node: Node, root: ShadowRoot): Element | null {
  const slot = (node as Node & { assignedSlot?: Element | null }).assignedSlot;
  if (slot !== undefined) return slot;
  // A DOM without assignedSlot (happy-dom; a comment node): the root's slots are asked, as the text index does.
  return Array.from(root.querySelectorAll('slot')).find((s) => slottedNodes(s)?.includes(node) ?? false) ?? null;
}
