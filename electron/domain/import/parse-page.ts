import { parseHTML } from 'linkedom';
import { elementName } from './html-to-blocks';

/** Elements that belong in the head when a page leaves its `<head>` tag out. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'base', 'style']);

/**
 * An HTML or XHTML page as a linkedom document whose root is `<html>` holding a `<head>` and a
 * `<body>` with everything the page shows.
 *
 * linkedom builds the tree the markup spells out and does not add the elements HTML lets a page
 * omit, as a browser does: a chapter of bare text has no document element (its `body` throws), a
 * fragment's root is its first element (the rest of its text is lost), and `<html><p>…</p></html>`
 * gets an empty `body` made on demand beside the paragraphs. Each is given the shape a browser gives.
 */
export function parsePage(text: string): Document {
  let { document } = parseHTML(text);
  if (document.documentElement?.localName !== 'html') {
    ({ document } = parseHTML(`<html>${withoutPrologue(text)}</html>`));
  }
  giveHeadAndBody(document);
  return document;
}

/** The XML declaration and doctype, which cannot sit inside the `<html>` a fragment is wrapped in. */
function withoutPrologue(text: string): string {
  return text.replace(/^\uFEFF?\s*(<\?xml[^>]*>\s*)?(<!doctype[^>]*>\s*)?/i, '');
}

function giveHeadAndBody(document: Document): void {
  const root = document.documentElement;
  const children = Array.from(root.childNodes);
  const existingHead = children.find((node) => elementName(node) === 'head') as Element | undefined;
  const existingBody = children.find((node) => elementName(node) === 'body') as Element | undefined;
  const elements = children.filter((node) => node.nodeType === 1);
  if (elements.length === 2 && elements[0] === existingHead && elements[1] === existingBody) return;
  const head = existingHead ?? document.createElement('head');
  const body = existingBody ?? document.createElement('body');
  const before: Node[] = [];
  const after: Node[] = [];
  let seenBody = false;
  for (const node of children) {
    if (node === head) continue;
    if (node === body) {
      seenBody = true;
      continue;
    }
    // Head content before anything shown goes to the head; from the first shown node on, to the body.
    if (!seenBody && before.length === 0 && (HEAD_CONTENT.has(elementName(node)) || isBlankText(node))) head.appendChild(node);
    else (seenBody ? after : before).push(node);
  }
  body.prepend(...before);
  body.append(...after);
  root.replaceChildren(head, body);
}

function isBlankText(node: Node): boolean {
  return node.nodeType === 3 && (node.textContent ?? '').trim() === '';
}
