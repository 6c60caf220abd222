import { DOCUMENT_LIMITS } from '../../document/document';
import { buildSections, clip, normaliseText, overLimits, type DraftSection } from '../build-sections';
import { startsWith, ZIP_SIGNATURE } from '../file-signature';
import { htmlToBlocks } from '../html-to-blocks';
import { parsePage } from '../parse-page';
import { baseNameOf, importError } from '../import-error';
import type { DocumentImporter, ImportInput, ImportResult } from '../importer';
import { titleOr } from '../plain-text';
import { drmRefusal } from './epub-drm';
import { readNavDocument, readNcx, type ChapterTitles } from './epub-navigation';
import { CONTAINER_PATH, readContainer, readPackage, type EpubPackage } from './epub-package';
import { openZip, type ZipArchive } from './read-zip';
import { xmlText } from './xml';
import { checkHtmlNesting } from '../input-limits';
import type { ImportError } from '../importer';

const CONTENT_TYPES = new Set(['application/xhtml+xml', 'text/html']);

/**
 * EPUB (.epub): the zip is opened within caps, DRM-protected books are refused, and each content
 * document of the spine becomes a section titled from the navigation document (or NCX), its text
 * reduced to blocks by the same HTML pipeline as a web page.
 */
export const epubImporter: DocumentImporter = {
  id: 'epub',
  label: 'EPUB book',
  extensions: ['epub'],
  sniff: ({ bytes }) => startsWith(bytes, ZIP_SIGNATURE),
  async parse(input): Promise<ImportResult> {
    const { fileName } = input;
    const opened = openZip(input.bytes, fileName);
    if (!opened.ok) return opened;
    const { zip } = opened;
    const drm = drmRefusal(zip, fileName);
    if (drm) return drm;
    const book = readBook(zip);
    if (!book) return importError('wrong-type', fileName, 'it is a zip archive but not an EPUB book (it has no readable META-INF/container.xml or package document).');
    const chapters = await readChapters(zip, book, input);
    if (!('sections' in chapters)) return chapters;
    const { sections, missing } = chapters;
    const built = buildSections(sections, fileName);
    if (!built.ok) return built;
    return {
      ok: true,
      document: {
        title: titleOr(book.title, baseNameOf(fileName)),
        author: clip(book.authors.map(normaliseText).filter(Boolean).join(', '), DOCUMENT_LIMITS.author),
        source: { kind: 'epub', fileName },
        sections: built.sections,
      },
      warnings: missing.length === 0 ? [] : [missingWarning(missing, fileName)],
    };
  },
};

/** A book whose spine lists chapters its zip does not hold is read without them, and says so. */
function missingWarning(missing: string[], fileName: string): string {
  const named = missing.slice(0, 3).map((path) => `“${path.slice(0, 120)}”`).join(', ');
  const more = missing.length > 3 ? ` and ${missing.length - 3} more` : '';
  const count = missing.length === 1 ? 'a chapter' : `${missing.length} chapters`;
  return `“${fileName}” lists ${count} that the file does not hold (${named}${more}), so ${missing.length === 1 ? 'it is' : 'they are'} missing; the rest of the book was imported.`;
}

function readBook(zip: ZipArchive): (EpubPackage & { titles: ChapterTitles }) | undefined {
  const container = zip.read([CONTAINER_PATH]).get(CONTAINER_PATH);
  const opfPath = container && readContainer(xmlText(container));
  const opf = opfPath ? zip.read([opfPath]).get(opfPath) : undefined;
  if (!opfPath || !opf) return undefined;
  const book = readPackage(xmlText(opf), opfPath);
  return { ...book, titles: readTitles(zip, book) };
}

/** The EPUB 3 navigation document when it names chapters, else the NCX. */
function readTitles(zip: ZipArchive, book: EpubPackage): ChapterTitles {
  const files = zip.read([book.navPath, book.ncxPath].filter((path): path is string => path !== undefined));
  const nav = book.navPath ? files.get(book.navPath) : undefined;
  const titles = nav && book.navPath ? readNavDocument(xmlText(nav), book.navPath) : new Map<string, string>();
  const ncx = book.ncxPath ? files.get(book.ncxPath) : undefined;
  return titles.size > 0 || !ncx || !book.ncxPath ? titles : readNcx(xmlText(ncx), book.ncxPath);
}

/**
 * The spine's chapters as sections, or the refusal of a book over a document's limits, made as soon
 * as the chapters read so far pass them (a small book whose spine lists one chapter thousands of
 * times would otherwise be read whole, into gigabytes, before its size was checked).
 */
async function readChapters(zip: ZipArchive, book: EpubPackage & { titles: ChapterTitles }, input: ImportInput): Promise<{ sections: DraftSection[]; missing: string[] } | ImportError> {
  // The navigation document is the book's own table of contents, not part of its text; a chapter
  // the spine lists twice is read once.
  const seen = new Set<string>();
  const items = book.spine.filter((item) => CONTENT_TYPES.has(item.mediaType) && item.path !== book.navPath && !seen.has(item.path) && seen.add(item.path));
  let blockCount = 0;
  let textLength = 0;
  const files = zip.read(items.map((item) => item.path));
  const sections: DraftSection[] = [];
  const missing: string[] = [];
  for (const [index, item] of items.entries()) {
    const bytes = files.get(item.path);
    if (!bytes) {
      missing.push(item.path);
      continue;
    }
    const document = parsePage(xmlText(bytes));
    const nested = checkHtmlNesting(document, input.fileName);
    if (nested) return nested;
    const blocks = htmlToBlocks(document.body);
    blockCount += blocks.length;
    textLength += blocks.reduce((n, block) => n + block.text.length, 0);
    const over = overLimits({ sections: sections.length + 1, blocks: blockCount, text: textLength }, input.fileName);
    if (over) return over;
    const heading = blocks.find((block) => block.kind === 'heading')?.text;
    sections.push({ title: book.titles.get(item.path) ?? heading ?? '', blocks });
    if (input.onProgress) {
      input.onProgress((index + 1) / (items.length + 1));
      // A macrotask turn between chapters lets the caller's event loop deliver the progress.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  return { sections, missing };
}
