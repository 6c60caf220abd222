import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { checkMarkdown } from './input-limits';
import { parseHTML } from 'linkedom';
import { DOCUMENT_LIMITS } from '../document/document';
import { buildSections, clip, normaliseText, type DraftBlock, type DraftSection } from './build-sections';
import { decodeText } from './decode-text';
import { htmlToBlocks } from './html-to-blocks';
import { baseNameOf, importError } from './import-error';
import type { DocumentImporter, ImportResult } from './importer';
import { readFrontMatter } from './markdown-front-matter';
import { titleOr } from './plain-text';
import { decodedWarnings, sniffText, textRefusal } from './text-input';

/**
 * Markdown (.md), parsed by a CommonMark parser (mdast-util-from-markdown, on micromark): headings,
 * paragraphs, block quotes and list items become blocks; inline markup is reduced to its text. The
 * first h1 is the title (and leaves the text when it opens it); several h1s after it make chapters.
 */
export const markdownImporter: DocumentImporter = {
  id: 'md',
  label: 'Markdown',
  extensions: ['md', 'markdown'],
  sniff: sniffText,
  refuse: textRefusal,
  parse(input): ImportResult {
    const decoded = decodeText(input.bytes);
    if (!decoded.ok) return importError('unreadable', input.fileName, decoded.reason);
    const { meta, body } = readFrontMatter(decoded.text);
    const tooMuch = checkMarkdown(body, input.fileName);
    if (tooMuch) return tooMuch;
    const tree = fromMarkdown(body);
    const { title, sections } = toSections(tree, meta.title);
    const built = buildSections(sections, input.fileName);
    if (!built.ok) return built;
    return {
      ok: true,
      document: {
        title: titleOr(meta.title ?? title, baseNameOf(input.fileName)),
        author: clip(normaliseText(meta.author ?? ''), DOCUMENT_LIMITS.author),
        source: {
          kind: 'md',
          fileName: input.fileName,
          ...(decoded.encoding === 'UTF-8' ? {} : { encoding: decoded.encoding }),
        },
        sections: built.sections,
      },
      warnings: decodedWarnings(decoded, input.fileName),
    };
  },
};

function toSections(tree: Root, metaTitle: string | undefined): { title: string | undefined; sections: DraftSection[] } {
  const children = [...tree.children];
  const firstH1 = children.find((node) => node.type === 'heading' && node.depth === 1);
  const title = firstH1 ? normaliseText(inlineText(firstH1)) : undefined;
  // An opening h1 is the title, shown as such: keeping it as a block would show it twice. When the
  // front matter names another title, the h1 is text of its own and stays.
  const opening = children.find((node) => !isInvisible(node));
  const isTitle = metaTitle === undefined || normaliseText(metaTitle) === title;
  if (opening && opening === firstH1 && isTitle) children.splice(children.indexOf(opening), 1);

  const chapters = children.filter((node) => node.type === 'heading' && node.depth === 1).length >= 2;
  const sections: DraftSection[] = [{ title: '', blocks: [] }];
  for (const node of children) {
    if (chapters && node.type === 'heading' && node.depth === 1) {
      sections.push({ title: inlineText(node), blocks: [] });
    }
    sections.at(-1)?.blocks.push(...blocksOf(node, 'paragraph'));
  }
  return { title, sections };
}

function blocksOf(node: RootContent, kind: DraftBlock['kind']): DraftBlock[] {
  switch (node.type) {
    case 'heading':
      return [{ kind: kind === 'paragraph' ? 'heading' : kind, text: inlineText(node) }];
    case 'paragraph':
      return [{ kind, text: inlineText(node) }];
    case 'code':
      return [{ kind, text: node.value }];
    case 'blockquote':
      return node.children.flatMap((child) => blocksOf(child, kind === 'item' ? 'item' : 'quote'));
    case 'list':
      return node.children.flatMap((child) => blocksOf(child, 'item'));
    case 'listItem':
      return node.children.flatMap((child) => blocksOf(child, 'item'));
    case 'html':
      return htmlBlocks(node.value).map((block) => ({ ...block, kind: kind === 'paragraph' ? block.kind : kind }));
    default:
      // Thematic breaks and link definitions hold no text to read.
      return [];
  }
}

/** The text of inline content: emphasis, links and code give their text, images their alt, HTML nothing. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    case 'html':
      return /^<br\s*\/?>$/i.test(node.value.trim()) ? ' ' : '';
    default:
      return 'children' in node ? childrenText(node.children) : '';
  }
}

/**
 * Inline HTML arrives as one node per tag, with the text between them as text nodes: what sits
 * between `<script>` and `</script>` (or style, template) is code, not text to read, and is skipped.
 */
function childrenText(children: readonly Nodes[]): string {
  let text = '';
  let inside: string | undefined;
  for (const child of children) {
    if (child.type === 'html') {
      const tag = /^<(\/?)(script|style|template)\b[^>]*?(\/?)>/i.exec(child.value.trim());
      const name = tag?.[2]?.toLowerCase();
      if (inside) {
        if (tag?.[1] === '/' && name === inside) inside = undefined;
        continue;
      }
      // One node can hold a whole element (`<script>x</script>`); only an unclosed opening tag opens.
      if (name && tag?.[1] === '' && tag[3] === '' && !new RegExp(`</${name}\\s*>`, 'i').test(child.value)) inside = name;
    }
    if (!inside) text += inlineText(child);
  }
  return text;
}

/** Raw HTML in Markdown is reduced to text like a web page's, never kept as markup. */
function htmlBlocks(html: string): DraftBlock[] {
  if (/^\s*<!--[\s\S]*-->\s*$/.test(html)) return [];
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return htmlToBlocks(document.body);
}

function isInvisible(node: RootContent): boolean {
  return node.type === 'definition' || node.type === 'thematicBreak' || (node.type === 'html' && htmlBlocks(node.value).length === 0);
}
