/**
 * Every way an import can end, turned into what the person sees next, in one place. A new outcome
 * in the contract (a pack with lint warnings to review, say) fails to compile here until it is handled.
 */
import type { ImportOutcome } from '../../../../electron/contract/library';

/** What the desktop's dialog adds to an import's outcomes (`library.pickFiles`): the dialog closed, or no dialog here. */
export type PickOutcome = ImportOutcome | { outcome: 'cancelled' } | { outcome: 'unavailable' };

/** A document a batch brought in, as its notice lists it (and its Undo removes it). */
export type ImportedDocument = { id: string; title: string; warnings: readonly string[] };

export type ImportNotice =
  /** `updated`: a newer version of a pack replaced the old one in place (what was kept, in words); no Undo, as the old one is gone. */
  | { kind: 'imported'; id: string; title: string; warnings: readonly string[]; updated?: string }
  | { kind: 'duplicate'; id: string; title: string }
  | { kind: 'refused'; message: string }
  /** Undone: the documents the import brought in are removed again. */
  | { kind: 'removed'; titles: readonly string[] }
  /** The person stopped the import while the file was read. */
  | { kind: 'stopped'; fileName: string }
  /**
   * Several files picked or dropped together, in one notice: the documents imported (one Undo
   * removes them all), those already there, the refusals (each naming its file), and the files not
   * saved because the person stopped the batch (the one being read, and those not begun). `held`: the
   * study packs held for review, reviewed one after another once the batch is done, each then folded
   * into this notice (`foldReview`); `declined`: the titles of those the person cancelled at review;
   * `updated`: what each newer version of a pack in the library kept (not undone: its old version is gone).
   */
  | BatchNotice;

export type BatchNotice = {
  kind: 'batch';
  count: number;
  imported: readonly ImportedDocument[];
  updated: readonly string[];
  duplicates: readonly { id: string; title: string }[];
  held: readonly { token: string; title: string }[];
  declined: readonly string[];
  refused: readonly string[];
  notSaved: readonly string[];
};

/** A pack whose content rules found something: saved only once the person accepts (PackReview). */
export type ImportReview = Extract<ImportOutcome, { outcome: 'review' }>;

/** The next step after an import: a notice to show (or none), the document to open (or none), a pack to review (or none). */
export type ImportStep = { notice: ImportNotice | null; open: string | null; review?: ImportReview };

export function stepAfter(outcome: PickOutcome): ImportStep {
  switch (outcome.outcome) {
    case 'imported':
      return {
        notice: { kind: 'imported', id: outcome.item.id, title: outcome.item.title, warnings: outcome.warnings, ...(outcome.message === undefined ? {} : { updated: outcome.message }) },
        open: outcome.item.id,
      };
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

/** How one file of a batch ended: its outcome, or the message of its refusal. */
export type BatchResult = { fileName: string; outcome: PickOutcome } | { fileName: string; refused: string };

/**
 * A batch's last word: one notice for all its files, and the packs among them held for review
 * (shown one after another once the batch is done). `notBegun` are the files a Stop kept from starting.
 */
export function batchSummary(results: readonly BatchResult[], notBegun: readonly string[]): { notice: BatchNotice; reviews: ImportReview[] } {
  const imported: ImportedDocument[] = [];
  const updated: string[] = [];
  const duplicates: { id: string; title: string }[] = [];
  const refused: string[] = [];
  const notSaved: string[] = [];
  const reviews: ImportReview[] = [];
  for (const result of results) {
    if ('refused' in result) {
      const notice = refusalFor(result.fileName, result.refused);
      if (notice.kind === 'refused') refused.push(notice.message);
      continue;
    }
    const { outcome } = result;
    if (outcome.outcome === 'imported' && outcome.message !== undefined) updated.push(outcome.message);
    else if (outcome.outcome === 'imported') imported.push({ id: outcome.item.id, title: outcome.item.title, warnings: outcome.warnings });
    else if (outcome.outcome === 'duplicate') duplicates.push({ id: outcome.item.id, title: outcome.item.title });
    else if (outcome.outcome === 'review') reviews.push(outcome);
    else if (outcome.outcome === 'stopped') notSaved.push(outcome.fileName);
  }
  const held = reviews.map(({ token, title }) => ({ token, title }));
  return { notice: { kind: 'batch', count: results.length + notBegun.length, imported, updated, duplicates, held, declined: [], refused, notSaved: [...notSaved, ...notBegun] }, reviews };
}

/**
 * A batch's pack, reviewed: the batch's notice now says what came of it, and its one Undo covers it
 * when it was imported (not when it updated a pack already there). The warnings just accepted at
 * review are not listed again. A review the notice does not hold (already folded) changes nothing.
 */
export function foldReview(notice: BatchNotice, token: string, outcome: PickOutcome): BatchNotice {
  const pack = notice.held.find((entry) => entry.token === token);
  if (!pack) return notice;
  const folded = { ...notice, held: notice.held.filter((entry) => entry !== pack) };
  switch (outcome.outcome) {
    case 'imported':
      if (outcome.message !== undefined) return { ...folded, updated: [...notice.updated, outcome.message] };
      return { ...folded, imported: [...notice.imported, { id: outcome.item.id, title: outcome.item.title, warnings: [] }] };
    case 'duplicate':
      return { ...folded, duplicates: [...notice.duplicates, { id: outcome.item.id, title: outcome.item.title }] };
    default:
      return { ...folded, declined: [...notice.declined, pack.title] };
  }
}
