/**
 * A copy of `doc` without the `left` elements (and everything inside them):
 * the document the reader hands to Readability. Only the ancestors of the
 * left-out elements are copied node by node; every other subtree is one deep
 * `cloneNode`, so the cost is that of a plain clone minus the clutter, and
 * `doc` itself is never touched.
 */
export function cloneWithout(doc: Document, left: Iterable<Element>): Document {
  const path = new Set<Node>();
  const out = new Set<Node>();
  for (const el of left) {
    if (el.ownerDocument !== doc || !doc.contains(el)) continue;
    out.add(el);
    for (let node = el.parentNode; node && !path.has(node); node = node.parentNode) path.add(node);
  }
  const copy = (node: Node): Node => {
    if (!path.has(node)) return node.cloneNode(true);
    const shallow = node.cloneNode(false);
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (!out.has(child)) shallow.appendChild(copy(child));
    }
    return shallow;
  };
  return copy(doc) as Document;
}
