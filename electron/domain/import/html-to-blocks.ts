import type { BlockKind } from '../document/document';
import type { DraftBlock } from './build-sections';

/**
 * Reduces HTML (a web page's article, an EPUB chapter) to text blocks: headings, paragraphs, quotes
 * and list items, in reading order. Text is collected until an element that starts a new block;
 * inline markup (links, emphasis, spans) contributes only its text. Nothing is ever kept as HTML.
 */

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements whose text is never part of what a person reads as the text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'button', 'form', 'input', 'select', 'textarea', 'nav', 'img', 'picture', 'rt', 'rp',
]);

/** Elements that start and end a block of their own. */
const BLOCK_LEVEL = new Set([
  ...HEADINGS, 'p', 'li', 'blockquote', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside',
  'pre', 'figure', 'figcaption', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr',
  'caption', 'hr', 'address', 'details', 'summary', 'center', 'body', 'html',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function htmlToBlocks(root: Node): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  let buffer = '';
  let bufferKind: BlockKind = 'paragraph';

  const flush = () => {
    const text = buffer.trim();
    if (text.length > 0) blocks.push({ kind: bufferKind, text });
    buffer = '';
  };

  const walk = (node: Node, kind: BlockKind) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        if (buffer.length === 0) bufferKind = kind;
        buffer += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const name = elementName(child);
      if (SKIPPED.has(name) || isHidden(child as Element)) continue;
      if (name === 'br') {
        buffer += ' ';
      } else if (name === 'td' || name === 'th') {
        // Cells of a row read as one line, separated so their words do not run together.
        buffer += ' ';
        walk(child, kind);
        buffer += ' ';
      } else if (BLOCK_LEVEL.has(name)) {
        flush();
        walk(child, kindOf(name, kind));
        flush();
      } else {
        walk(child, kind);
      }
    }
  };

  walk(root, 'paragraph');
  flush();
  return blocks;
}

/** The kind of the text inside an element: the innermost heading, list item or quote decides. */
function kindOf(name: string, outer: BlockKind): BlockKind {
  if (HEADINGS.has(name)) return 'heading';
  if (name === 'li') return 'item';
  if (name === 'blockquote') return outer === 'item' ? 'item' : 'quote';
  return outer;
}

/** Lower-case local name: EPUB XHTML may carry a prefix, and some DOMs upper-case HTML names. */
export function elementName(node: Node): string {
  const element = node as Element;
  return (element.localName ?? element.nodeName).toLowerCase().replace(/^.*:/, '');
}

/** Hidden by the page itself: `hidden`, `aria-hidden="true"` or an inline `display: none`. */
function isHidden(element: Element): boolean {
  if (element.hasAttribute?.('hidden') || element.getAttribute?.('aria-hidden') === 'true') return true;
  const style = element.getAttribute?.('style') ?? '';
  return /display\s*:\s*none/i.test(style);
}
