/**
 * What the import flow asks the main side apart from the imports themselves: the file types and
 * dialog it offers, and how far the reading of the file under way got.
 */
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { api } from '../../../api/client';
import type { ImportBusy } from './import-context';

/** How often the reading's progress is asked for: often enough for a bar that moves, few calls for an import of seconds. */
export const PROGRESS_POLL_MS = 250;

/** The file types and the dialog the main side offers, from `library.list`. */
export type Offer = { accept: readonly string[]; canPickFile: boolean };

/** The main side's offer, asked once; none (no types, no dialog) when the ask fails. */
export function useImportOffer(): Offer | null {
  const [offer, setOffer] = useState<Offer | null>(null);
  useEffect(() => {
    let live = true;
    api['library.list']({}).then(
      ({ accept, canPickFile }) => live && setOffer({ accept, canPickFile }),
      () => live && setOffer({ accept: [], canPickFile: false }),
    );
    return () => {
      live = false;
    };
  }, []);
  return offer;
}

/**
 * While the main side reads the file (`reading`): how far its reading got, asked for every
 * PROGRESS_POLL_MS until the import answers, and put into `busy`; "nothing is being read" changes
 * nothing on screen. Once the file is saving, there is nothing more to ask: the import's own answer
 * comes next.
 */
export function useReadingProgress(reading: boolean, setBusy: Dispatch<SetStateAction<ImportBusy | null>>) {
  useEffect(() => {
    if (!reading) return;
    let live = true;
    const ask = () =>
      api['library.importProgress']({}).then(
        ({ reading: now }) => {
          if (!live || !now) return;
          // An answer about another file (the one before, in a batch) is not this one's.
          setBusy((was) => (was?.stage === 'reading' && was.fileName === now.fileName ? { ...was, stage: now.stage, fraction: now.fraction } : was));
        },
        // An answer missed is the next one's to give; the import's own call reports any failure.
        () => undefined,
      );
    void ask();
    const timer = window.setInterval(() => void ask(), PROGRESS_POLL_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [reading, setBusy]);
}
