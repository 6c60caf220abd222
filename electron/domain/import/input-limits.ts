/**
 * Checks a text makes before it is parsed, each a linear scan: a file within the size cap can still
 * hold more paragraphs than a document may, blocks nested thousands deep, or a paragraph of nothing
 * but emphasis markers. The parsers spend time and memory far beyond the file's size on those (a
 * 3 MB Markdown file of a million empty-line paragraphs ran the process out of memory; 200 KB of
 * `*a ` kept micromark busy for minutes; HTML nested 1,000 deep kept Readability busy 17 s), so
 * such a file is refused with its reason before the parser sees it.
 */
import { DOCUMENT_LIMITS } from '../document/document';
import { formatCount, overLimits } from './build-sections';
import { importError } from './import-error';
import type { ImportError } from './importer';

/** Blocks nested deeper than this (quotes in lists in quotes…, or HTML elements) are refused. */
export const NESTING_LIMIT = { markdown: 64, html: 200 } as const;
/** Emphasis, code and link markers in one Markdown paragraph at most (their matching is quadratic). */
export const MARKERS_PER_PARAGRAPH = 2_000;

/** The refusal buildSections would make for one block over the limit, made before any block is built. */
const tooManyBlocks = (fileName: string) => overLimits({ sections: 0, blocks: DOCUMENT_LIMITS.blocks + 1, text: 0 }, fileName);

/** Plain text: paragraphs are split at blank lines. */
export function checkPlainText(text: string, fileName: string): ImportError | undefined {
  let paragraphs = 0;
  for (const part of text.split(/\n[ \t\f\v\u00a0]*\n/)) {
    if (part.trim().length > 0 && ++paragraphs > DOCUMENT_LIMITS.blocks) return tooManyBlocks(fileName);
  }
  return undefined;
}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * Markdown: lines that can start a block (after a blank line, or a heading, quote or list item)
 * against the block limit; how deep each line's containers nest (each `>` and each list item it
 * sits in); and the emphasis, code and link markers of each paragraph.
 */
export function checkMarkdown(text: string, fileName: string): ImportError | undefined {
  let starts = 0;
  let afterBlank = true;
  let markers = 0;
  const listIndents: number[] = [];
  // Inside a fenced code block marks are code, not emphasis.
  let fence: string | undefined;
  for (const line of text.split(/\r\n?|\n/)) {
    const opensOrCloses = /^[ \t>]*(`{3,}|~{3,})/.exec(line)?.[1];
    if (opensOrCloses && (fence === undefined || opensOrCloses.startsWith(fence))) fence = fence === undefined ? opensOrCloses[0]!.repeat(3) : undefined;
    const blank = line.trim().length === 0;
    if (blank) {
      afterBlank = true;
      markers = 0;
      continue;
    }
    // Its containers: `>` quotes, then the list items whose content column it is indented past.
    let rest = line;
    let depth = 0;
    for (;;) {
      const quote = /^ {0,3}>[ \t]?/.exec(rest);
      if (!quote) break;
      depth += 1;
      rest = rest.slice(quote[0].length);
    }
    const indent = /^[ \t]*/.exec(rest)![0].replace(/\t/g, '    ').length;
    while (listIndents.length > 0 && indent < listIndents[listIndents.length - 1]!) listIndents.pop();
    const item = LIST_MARKER.exec(rest.slice(/^[ \t]*/.exec(rest)![0].length));
    if (item) listIndents.push(indent + item[0].length);
    depth += listIndents.length;
    if (depth > NESTING_LIMIT.markdown) {
      return importError('too-large', fileName, `its blocks are nested more than ${NESTING_LIMIT.markdown} levels deep (quotes and lists inside each other), deeper than any text needs.`);
    }
    const startsBlock = afterBlank || item !== null || depth > 0 || /^ {0,3}#{1,6}(?:[ \t]|$)/.test(rest);
    if (startsBlock && ++starts > DOCUMENT_LIMITS.blocks) return tooManyBlocks(fileName);
    afterBlank = false;
    // Marks are matched within one block's inline text: a new block starts the count again.
    if (startsBlock) markers = 0;
    if (fence !== undefined || opensOrCloses) continue;
    for (const ch of line) if (ch === '*' || ch === '_' || ch === '`' || ch === '[' || ch === ']') markers += 1;
    if (markers > MARKERS_PER_PARAGRAPH) {
      return importError('too-large', fileName, `one of its paragraphs holds more than ${formatCount(MARKERS_PER_PARAGRAPH)} emphasis, code or link marks (* _ \` [ ]), more than any text needs.`);
    }
  }
  return undefined;
}

/** How deep the elements under `root` nest, walked without recursion. */
export function nestingDepth(root: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** A page whose elements nest deeper than any page's do. */
export function checkHtmlNesting(root: Node, fileName: string): ImportError | undefined {
  return nestingDepth(root) > NESTING_LIMIT.html
    ? importError('too-large', fileName, `its elements are nested more than ${NESTING_LIMIT.html} levels deep, deeper than any web page needs.`)
    : undefined;
}
