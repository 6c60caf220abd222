/**
 * The import flow every entry point shares (menu, drop, paste, the desktop's File menu): one import
 * at a time, its progress, and the step after it (open the document, a notice with Undo or Open).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportOutcome } from '../../../../electron/contract/library';
import { api } from '../../../api/client';
import { openInReader, useCurrentDocument } from '../../app/current-document';
import type { ImportBusy } from './import-context';
import type { ImportNotice, ImportReview, PickOutcome } from './import-outcome';

// What an outcome leads to, and the upload, are loaded with the first import: the first screen does not carry them.
const outcomes = () => import('./import-outcome');

/** How often the reading's progress is asked for: often enough for a bar that moves, few calls for an import of seconds. */
export const PROGRESS_POLL_MS = 250;

export type PasteInput = { title: string; author: string; text: string };

/** The file types and the dialog the main side offers, from `library.list`. */
type Offer = { accept: readonly string[]; canPickFile: boolean };

export function useImportFlow() {
  const current = useCurrentDocument();
  const [offer, setOffer] = useState<Offer | null>(null);
  const [busy, setBusy] = useState<ImportBusy | null>(null);
  const [shown, setShown] = useState<{ notice: ImportNotice; key: number } | null>(null);
  // Each notice gets its own key, so a second toast starts its own timer rather than inheriting one.
  const setNotice = useCallback((notice: ImportNotice | null) => setShown((was) => (notice ? { notice, key: (was?.key ?? 0) + 1 } : null)), []);
  const [review, setReview] = useState<ImportReview | null>(null);
  const running = useRef(false);
  // Aborts the upload under way (the web version), when Stop is pressed before every byte is sent.
  const stopUpload = useRef<AbortController | null>(null);
  // The document open before the import, to return to when the import is undone.
  const before = useRef<string | null>(null);
  const currentId = current?.item.id ?? null;

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

  // While the main side reads the file: which file (the desktop's dialog names it there only) and
  // how far its reading got, asked for every PROGRESS_POLL_MS until the import answers. On the
  // desktop this starts as the dialog opens; "nothing is being read" changes nothing on screen. Once
  // the file is saving, there is nothing more to ask: the import's own answer comes next.
  const reading = busy?.stage === 'reading';
  useEffect(() => {
    if (!reading) return;
    let live = true;
    const ask = () =>
      api['library.importProgress']({}).then(
        ({ reading: now }) => {
          if (!live || !now) return;
          setBusy((was) => (was?.stage === 'reading' ? { stage: now.stage, fileName: was.fileName ?? now.fileName, fraction: now.fraction } : was));
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
  }, [reading]);

  const takeStep = useCallback(
    async (outcome: PickOutcome) => {
      const step = (await outcomes()).stepAfter(outcome);
      if (step.notice) setNotice(step.notice);
      if (step.open) openInReader(step.open);
      setReview(step.review ?? null);
    },
    [setNotice],
  );

  /** The pack review's answer: the import saved (opened as any import), or cancelled. */
  const finishReview = useCallback((outcome: PickOutcome) => void takeStep(outcome), [takeStep]);

  /** Runs one import; a second one while the first runs is refused, not queued behind it unseen. */
  const run = useCallback(
    async (fileName: string | null, start: () => Promise<PickOutcome>): Promise<PickOutcome | null> => {
      if (running.current) {
        setNotice({ kind: 'refused', message: `${fileName ? `“${fileName}” was not imported: ` : ''}another import is still under way; try again when it has finished.` });
        return null;
      }
      running.current = true;
      before.current = currentId;
      try {
        const outcome = await start();
        await takeStep(outcome);
        return outcome;
      } catch (error) {
        setNotice((await outcomes()).refusalFor(fileName, (error as Error).message));
        return null;
      } finally {
        running.current = false;
        stopUpload.current = null;
        setBusy(null);
      }
    },
    [currentId, setNotice, takeStep],
  );

  const importFile = useCallback(
    (file: File) =>
      run(file.name, async () => {
        setBusy({ fileName: file.name, stage: 'sending', fraction: 0 });
        const control = new AbortController();
        stopUpload.current = control;
        const { importFile: sendFile } = await import('../../../api/upload');
        return sendFile(file, (progress) => setBusy(progress.stage === 'reading' ? { fileName: file.name, stage: 'reading', fraction: null } : { fileName: file.name, ...progress }), control.signal);
      }),
    [run],
  );

  /** The desktop's own open dialog (main side); the file's name is known only once it is read. */
  const pickFile = useCallback(
    () =>
      run(null, () => {
        setBusy({ fileName: null, stage: 'reading', fraction: null });
        return api['library.pickAndImport']({});
      }),
    [run],
  );

  /** A paste: rejects with the contract's message, so the dialog can show it under its field. */
  const paste = useCallback(
    async (input: PasteInput): Promise<ImportOutcome> => {
      const outcome = await api['library.paste'](input);
      await run(null, async () => outcome);
      return outcome;
    },
    [run],
  );

  const undo = useCallback(
    async (id: string, title: string) => {
    try {
      await api['library.remove']({ id });
      setNotice({ kind: 'removed', title });
      const back = before.current;
      if (back && back !== id) openInReader(back);
    } catch (error) {
      setNotice({ kind: 'refused', message: `“${title}” is still in your library: ${(error as Error).message}` });
    }
    },
    [setNotice],
  );

  /**
   * Stops the import under way: the upload if bytes are still on their way, and the main side's
   * reading of the file; the import's own call then answers `stopped`, and nothing is saved.
   */
  const stop = useCallback(async () => {
    stopUpload.current?.abort();
    try {
      await api['library.stopImport']({});
    } catch {
      // The import answers for itself: stopped, or finished before the stop arrived.
    }
  }, []);

  const refuse = useCallback((message: string) => setNotice({ kind: 'refused', message }), [setNotice]);
  return { offer, busy, stop, notice: shown?.notice ?? null, noticeKey: shown?.key ?? 0, dismissNotice: () => setNotice(null), refuse, importFile, pickFile, paste, undo, review, finishReview };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
