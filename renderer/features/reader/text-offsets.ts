/**
 * Maps between character offsets inside an element's text and DOM positions. The article's
 * paragraphs are never rewritten (highlights are drawn with the CSS Custom Highlight API), but an
 * element may still hold several text nodes, so every mapping walks them.
 */

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** A DOM Range covering [start, end) of `root`'s text, clamped to its length. */
export function rangeForOffsets(root: Node, start: number, end: number): Range {
  const range = document.createRange();
  const nodes = textNodes(root);
  let seen = 0;
  let startSet = false;
  for (const node of nodes) {
    const length = node.data.length;
    if (!startSet && start <= seen + length) {
      range.setStart(node, Math.max(0, start - seen));
      startSet = true;
    }
    if (startSet && end <= seen + length) {
      range.setEnd(node, Math.max(0, end - seen));
      return range;
    }
    seen += length;
  }
  const last = nodes.at(-1);
  if (last) {
    if (!startSet) range.setStart(last, last.data.length);
    range.setEnd(last, last.data.length);
  }
  return range;
}

/** The character offset inside `root` of a DOM position, or null when it lies outside `root`. */
export function offsetWithin(root: Node, container: Node, offset: number): number | null {
  if (!root.contains(container)) return null;
  let total = 0;
  for (const node of textNodes(root)) {
    if (node === container) return total + offset;
    total += node.data.length;
  }
  return container === root ? (offset === 0 ? 0 : total) : null;
}
