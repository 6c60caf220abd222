/**
 * The document the reader has open, for every page that studies "this document" (cards, make card,
 * self-test, exports, navigation). The app frame owns it; a page reads it with `useCurrentDocument`.
 * Opening another document is a route: `#/reader?doc=<id>` (openInReader), so Back works and a
 * restart reopens the document last read.
 */
import { createContext, useContext } from 'react';
import type { LibraryItem } from '../../../electron/contract/library';
import type { ReaderDocument } from '../reader/reader-document';
import { navigate } from './router';

export type CurrentDocument = { item: LibraryItem; document: ReaderDocument };

export const CurrentDocumentContext = createContext<CurrentDocument | null>(null);

/** The open document; null only while the library has nothing to open. */
export function useCurrentDocument(): CurrentDocument | null {
  return useContext(CurrentDocumentContext);
}

/** Shows a document in the reader (a library row, the end of an import). */
export function openInReader(id: string): void {
  navigate('reader', { doc: id });
}
