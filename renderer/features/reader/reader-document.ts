/** What the reader shows of a document: built from `library.open`'s answer, any document alike. */
import type { LibraryItem, OpenedDocument } from '../../../electron/contract/library';
import type { Block } from '../../../electron/domain/document/document';

export interface ReaderDocument {
  id: string;
  title: string;
  author: string;
  /** The line above the title (the article's section), when the document has one. */
  kicker: string | null;
  /** A credit line under the text, when the document has one. */
  credit: string | null;
  /** Its reading time, as the library counts it (a book's words are not counted again here). */
  readingMinutes: number;
  /** Every block in reading order: what find, highlights and the reading place work over. */
  paragraphs: readonly Block[];
  sections: OpenedDocument['document']['sections'];
  /** An older version of this document it may replace, until the user answers (NewerVersionBanner). */
  previousVersion: LibraryItem | null;
}

export function readerDocument(opened: OpenedDocument): ReaderDocument {
  return {
    id: opened.document.id,
    title: opened.item.title,
    author: opened.item.author,
    kicker: opened.kicker,
    credit: opened.credit,
    readingMinutes: opened.item.readingMinutes,
    paragraphs: opened.document.sections.flatMap((section) => section.blocks),
    sections: opened.document.sections,
    previousVersion: opened.previousVersion,
  };
}

/** The same text under an edited library entry (new title or author). */
export function withEntry(document: ReaderDocument, item: LibraryItem): ReaderDocument {
  return { ...document, title: item.title, author: item.author };
}
