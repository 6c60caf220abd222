import { Readability } from '@mozilla/readability';
import { DOCUMENT_LIMITS } from '../document/document';
import { buildSections, clip, normaliseText, type DraftBlock } from './build-sections';
import { decodeHtml, looksLikeHtml } from './html-text';
import { htmlToBlocks } from './html-to-blocks';
import { parsePage } from './parse-page';
import { baseNameOf, importError } from './import-error';
import type { DocumentImporter, ImportResult } from './importer';
import { titleOr } from './plain-text';
import { removeClutter } from './remove-clutter';
import { decodedWarnings } from './text-input';
import { checkHtmlNesting } from './input-limits';

/**
 * A saved web page (.html/.htm): the article is found with Mozilla's Readability (Firefox's reader
 * view) over a linkedom DOM, so navigation, ads, comments and banners stay behind; what remains is
 * reduced to text blocks. The page's title, byline (as author) and site name are kept.
 */
export const htmlImporter: DocumentImporter = {
  id: 'html',
  label: 'Web page',
  extensions: ['html', 'htm', 'xhtml'],
  sniff: ({ bytes }) => looksLikeHtml(bytes),
  parse(input): ImportResult {
    const decoded = decodeHtml(input.bytes);
    if (!decoded.ok) return importError('unreadable', input.fileName, decoded.reason);
    const document = parsePage(decoded.text);
    const nested = checkHtmlNesting(document, input.fileName);
    if (nested) return nested;
    const pageTitle = normaliseText(document.querySelector('title')?.textContent ?? '');
    removeClutter(document);
    // Readability edits the DOM it reads and hands back the article element itself (no HTML string).
    const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
    const root = article?.content ?? document.body;
    const title = normaliseText(article?.title ?? '') || pageTitle;
    const author = normaliseText(article?.byline ?? '').replace(/^by\s+/i, '');
    const blocks = withoutRepeats(htmlToBlocks(root), title, author);
    const built = buildSections([{ title: '', blocks }], input.fileName);
    if (!built.ok) return built;
    const site = normaliseText(article?.siteName ?? '');
    return {
      ok: true,
      document: {
        title: titleOr(title, baseNameOf(input.fileName)),
        author: clip(author, DOCUMENT_LIMITS.author),
        source: {
          kind: 'html',
          fileName: input.fileName,
          ...(site ? { site: clip(site, 500) } : {}),
          ...(decoded.encoding === 'UTF-8' ? {} : { encoding: decoded.encoding }),
        },
        sections: built.sections,
      },
      warnings: decodedWarnings(decoded, input.fileName),
    };
  },
};

/**
 * The article often opens with its title, its byline ("By Helen Marsh, Environment correspondent")
 * and a date line; the document shows title and author once, so those opening lines go.
 */
function withoutRepeats(blocks: DraftBlock[], title: string, author: string): DraftBlock[] {
  let start = 0;
  while (start < Math.min(blocks.length - 1, 4) && isHeaderLine(normaliseText(blocks[start]?.text ?? ''), title, author)) start += 1;
  return blocks.slice(start);
}

const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s/i;

function isHeaderLine(text: string, title: string, author: string): boolean {
  if (text === title) return true;
  if (author.length > 0 && text.length <= 120 && text.includes(author)) return true;
  // A date line: short, a month name with a number ("2 April 2026") or a numeric date ("2026-04-02").
  return text.length <= 40 && ((/\d/.test(text) && MONTH.test(`${text} `)) || /\b\d{4}-\d\d-\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/.test(text));
}
