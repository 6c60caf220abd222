import { DOCUMENT_LIMITS } from '../document/document';
import { buildSections, clip } from './build-sections';
import { decodeText } from './decode-text';
import { baseNameOf, importError } from './import-error';
import type { DocumentImporter, ImportResult } from './importer';
import { chapterSections, takeTitle, titleOr } from './plain-text';
import { checkPlainText } from './input-limits';
import { decodedWarnings, sniffText, textRefusal } from './text-input';

/**
 * Plain text (.txt): paragraphs at blank lines, a first short line as the title when it looks like
 * one, and chapters at "Chapter N" lines when there are several.
 */
export const txtImporter: DocumentImporter = {
  id: 'txt',
  label: 'Plain text',
  extensions: ['txt', 'text'],
  sniff: sniffText,
  refuse: textRefusal,
  parse(input): ImportResult {
    const decoded = decodeText(input.bytes);
    if (!decoded.ok) return importError('unreadable', input.fileName, decoded.reason);
    const tooMuch = checkPlainText(decoded.text, input.fileName);
    if (tooMuch) return tooMuch;
    const { title, author, paragraphs } = takeTitle(decoded.text);
    const built = buildSections(chapterSections(paragraphs), input.fileName);
    if (!built.ok) return built;
    return {
      ok: true,
      document: {
        title: titleOr(title, baseNameOf(input.fileName)),
        author: clip(author ?? '', DOCUMENT_LIMITS.author),
        source: {
          kind: 'txt',
          fileName: input.fileName,
          ...(decoded.encoding === 'UTF-8' ? {} : { encoding: decoded.encoding }),
        },
        sections: built.sections,
      },
      warnings: decodedWarnings(decoded, input.fileName),
    };
  },
};
