import { DOCUMENT_LIMITS } from '../document/document';
import { buildSections, clip, normaliseText } from './build-sections';
import { importError } from './import-error';
import type { DocumentImporter, ImportResult } from './importer';
import { paragraphsOf, takeTitle, titleOr, type TitledParagraphs } from './plain-text';

/** The name a paste goes by in messages, since it has no file. */
export const PASTE_NAME = 'Pasted text';

/**
 * Text pasted into the "Paste text" dialog, with the title and author the user typed. Never chosen
 * for a file (no extensions, sniffs nothing); the library calls it through `importPastedText`.
 * Without a typed title, a first line that looks like one is used, as for a .txt file.
 */
export const pasteImporter: DocumentImporter = {
  id: 'paste',
  label: 'Pasted text',
  extensions: [],
  sniff: () => false,
  parse(input): ImportResult {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
    } catch {
      return importError('unreadable', input.fileName, 'it is not valid text.');
    }
    const typedTitle = normaliseText(input.title ?? '');
    // With a typed title, the first line is text like any other: the user has said what the title is.
    const found: TitledParagraphs = typedTitle.length > 0 ? { paragraphs: paragraphsOf(text) } : takeTitle(text);
    const built = buildSections(
      [{ title: '', blocks: found.paragraphs.map((paragraph) => ({ kind: 'paragraph' as const, text: paragraph })) }],
      input.fileName,
    );
    if (!built.ok) return built;
    const typedAuthor = normaliseText(input.author ?? '');
    return {
      ok: true,
      document: {
        title: titleOr(typedTitle || found.title, PASTE_NAME),
        author: clip(typedAuthor || (found.author ?? ''), DOCUMENT_LIMITS.author),
        source: { kind: 'paste' },
        sections: built.sections,
      },
      warnings: [],
    };
  },
};

