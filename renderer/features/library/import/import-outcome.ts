/**
 * Every way an import can end, turned into what the person sees next, in one place. A new outcome
 * in the contract (a pack with lint warnings to review, say) fails to compile here until it is handled.
 */
import type { ImportOutcome } from '../../../../electron/contract/library';

/** What `library.pickAndImport` adds to an import's outcomes: the dialog closed, or no dialog here. */
export type PickOutcome = ImportOutcome | { outcome: 'cancelled' } | { outcome: 'unavailable' };

export type ImportNotice =
  | { kind: 'imported'; id: string; title: string; warnings: readonly string[] }
  | { kind: 'duplicate'; id: string; title: string }
  | { kind: 'refused'; message: string }
  | { kind: 'removed'; title: string }
  /** The person stopped the import while the file was read. */
  | { kind: 'stopped'; fileName: string };

/** A pack whose content rules found something: saved only once the person accepts (PackReview). */
export type ImportReview = Extract<ImportOutcome, { outcome: 'review' }>;

/** The next step after an import: a notice to show (or none), the document to open (or none), a pack to review (or none). */
export type ImportStep = { notice: ImportNotice | null; open: string | null; review?: ImportReview };

export function stepAfter(outcome: PickOutcome): ImportStep {
  switch (outcome.outcome) {
    case 'imported':
      return { notice: { kind: 'imported', id: outcome.item.id, title: outcome.item.title, warnings: outcome.warnings }, open: outcome.item.id };
    case 'duplicate':
      // Not opened at once: the person may have meant another file; the notice offers to open it.
      return { notice: { kind: 'duplicate', id: outcome.item.id, title: outcome.item.title }, open: null };
    case 'review':
      return { notice: null, open: null, review: outcome };
    case 'cancelled':
      return { notice: null, open: null };
    case 'stopped':
      return { notice: { kind: 'stopped', fileName: outcome.fileName }, open: null };
    case 'unavailable':
      return { notice: { kind: 'refused', message: 'This version of Lectern has no file dialog; drop the file onto the window instead.' }, open: null };
    default: {
      const unhandled: never = outcome;
      throw new Error(`An import ended in a way this version does not know: ${JSON.stringify(unhandled)}`);
    }
  }
}

/**
 * A refusal as the person reads it: the importers and the upload name the file themselves; a
 * message that does not (the server gone, a refused token) gets the file's name in front.
 */
export function refusalFor(fileName: string | null, message: string): ImportNotice {
  if (fileName === null || message.includes(`“${fileName}”`)) return { kind: 'refused', message };
  return { kind: 'refused', message: `“${fileName}” was not imported: ${message}` };
}
