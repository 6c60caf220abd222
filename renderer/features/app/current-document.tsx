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

/**
 * What the library tells the app frame about the open document's entry: edited (the reader's title,
 * the header's places follow at once) or removed (nothing stays open on a document the library no
 * longer lists). The default does nothing, for pages shown without the frame (unit tests).
 */
export type OpenDocumentEvents = { changed(item: LibraryItem): void; removed(id: string): void };

export const OpenDocumentEventsContext = createContext<OpenDocumentEvents>({ changed: () => undefined, removed: () => undefined });

export function useOpenDocumentEvents(): OpenDocumentEvents {
  return useContext(OpenDocumentEventsContext);
}

/** Shows a document in the reader (a library row, the end of an import). */
export function openInReader(id: string): void {
  navigate('reader', { doc: id });
}
