import type { LibraryItem } from '../../../electron/contract/library';

/** A screen only some documents have (a pack's self-test or argument map). */
export type DocumentFeature = keyof LibraryItem['features'];

/** `feature`: only for a document that has it; `needsDocument`: only while a document is open. */
export type NavItem = { path: string; label: string; feature?: DocumentFeature; needsDocument?: true };

/** The places in the app frame's navigation, in order. A feature adds its entry when it works. */
export const navItems: readonly NavItem[] = [
  { path: 'library', label: 'Library' },
  { path: 'reader', label: 'Reader' },
  { path: 'flashcards', label: 'Flashcards' },
  { path: 'selftest', label: 'Self-test', feature: 'selftest' },
  { path: 'questions', label: 'Questions', needsDocument: true },
  { path: 'argument-map', label: 'Argument map', feature: 'argumentMap' },
  { path: 'progress', label: 'Progress' },
];

/**
 * The places the open document has: entries for a screen it lacks are left out, so the navigation
 * never leads to an empty page. Without a document (nothing to read) none of those screens shows,
 * nor the questions, which are always some document's.
 */
export function navItemsFor(features: LibraryItem['features'] | null): readonly NavItem[] {
  return navItems.filter((item) => {
    if (item.needsDocument && features === null) return false;
    return item.feature === undefined || features?.[item.feature] === true;
  });
}
