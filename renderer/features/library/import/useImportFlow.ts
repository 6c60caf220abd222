/**
 * The import flow every entry point shares (menu, drop, paste, the desktop's File menu): one import
 * at a time (several files given together run one after another, as a batch), its progress, and the
 * step after it (open the document, a notice with Undo or Open; for a batch, the library and one notice).
 */
import { useCallback, useRef, useState } from 'react';
import type { ImportOutcome } from '../../../../electron/contract/library';
import { api } from '../../../api/client';
import { MAX_PICKED_FILES } from '../../../../electron/contract/import-limits';
import { openInReader, useCurrentDocument } from '../../app/current-document';
import { navigate } from '../../app/router';
import type { ImportBusy } from './import-context';
import { useImportOffer, useReadingProgress } from './main-side-reading';
import type { BatchNotice, BatchResult, ImportNotice, ImportReview, PickOutcome } from './import-outcome';

// What an outcome leads to, and the upload, are loaded with the first import: the first screen does not carry them.
const outcomes = () => import('./import-outcome');

export type PasteInput = { title: string; author: string; text: string };

/** One import to run: its file's name (null for a paste), and its start, told how to report its progress. */
type Job = { fileName: string | null; start: (report: (busy: ImportBusy) => void) => Promise<PickOutcome> };

export function useImportFlow() {
  const current = useCurrentDocument();
  const [busy, setBusy] = useState<ImportBusy | null>(null);
  const [shown, setShown] = useState<{ notice: ImportNotice; key: number } | null>(null);
  // Each notice gets its own key, so a second toast starts its own timer rather than inheriting one.
  const setNotice = useCallback((notice: ImportNotice | null) => setShown((was) => (notice ? { notice, key: (was?.key ?? 0) + 1 } : null)), []);
  const [review, setReview] = useState<ImportReview | null>(null);
  // The token of the review shown: an answer for any other (a second from the same dialog) is not
  // heard. While one is shown it holds the turn as an import under way does (a new import's packs
  // would otherwise replace it unanswered, and its batch's notice with it).
  const shownToken = useRef<string | null>(null);
  const reviewing = () => shownToken.current !== null;
  const showReview = useCallback((next: ImportReview | null) => {
    shownToken.current = next?.token ?? null;
    setReview(next);
  }, []);
  const running = useRef(false);
  // Stop was pressed: the batch under way begins no further file.
  const stopping = useRef(false);
  // The same, for the status to say so (the ref is what the batch's loop reads).
  const [stopAsked, setStopAsked] = useState(false);
  // A batch's packs held for review, shown one after another once it is done.
  const reviews = useRef<ImportReview[]>([]);
  // The notice of the batch whose packs are being reviewed: each review's end is told in it.
  const batchNotice = useRef<BatchNotice | null>(null);
  // Aborts the upload under way (the web version), when Stop is pressed before every byte is sent.
  const stopUpload = useRef<AbortController | null>(null);
  // The document open before the import, to return to when the import is undone.
  const before = useRef<string | null>(null);
  const currentId = current?.item.id ?? null;

  const offer = useImportOffer();
  // While the main side reads the file: how far its reading got.
  useReadingProgress(busy?.stage === 'reading', setBusy);

  const takeStep = useCallback(
    async (outcome: PickOutcome) => {
      const step = (await outcomes()).stepAfter(outcome);
      if (step.notice) setNotice(step.notice);
      if (step.open) openInReader(step.open);
      showReview(step.review ?? null);
    },
    [setNotice, showReview],
  );

  /**
   * The pack review's answer: the import saved (opened as any import), or cancelled. A batch's pack
   * is told in the batch's notice instead (its Undo then covers it too, and the library stays on
   * screen), and the batch's next pack to review follows.
   */
  const finishReview = useCallback(
    (outcome: PickOutcome, token: string) => {
      // An answer for a review no longer shown (a second one from the same dialog) changes nothing.
      if (shownToken.current !== token) return;
      shownToken.current = null;
      const next = reviews.current.shift() ?? null;
      const batch = batchNotice.current;
      if (batch) {
        void outcomes().then(({ foldReview }) => {
          const told = foldReview(batch, token, outcome);
          batchNotice.current = next ? told : null;
          setNotice(told);
          if (outcome.outcome === 'imported') navigate('library');
        }).finally(() => showReview(next));
        return;
      }
      // The warnings were just read and accepted in the review: the notice does not list them again.
      // Whatever becomes of the notice, the next review (or none) is shown: a review left up would hold the turn for good.
      void takeStep(outcome.outcome === 'imported' ? { ...outcome, warnings: [] } : outcome).finally(() => showReview(next));
    },
    [setNotice, showReview, takeStep],
  );

  /** Refuses an import asked for while another runs: it is not queued behind it unseen. */
  const refuseBusy = useCallback(
    (fileNames: readonly string[]) => {
      const named = fileNames.length === 0 ? '' : `${fileNames.map((name) => `“${name}”`).join(', ')} ${fileNames.length === 1 ? 'was' : 'were'} not imported: `;
      const why = reviewing() ? 'a study pack is waiting for your review; answer it first.' : 'another import is still under way; try again when it has finished.';
      setNotice({ kind: 'refused', message: `${named}${why}` });
    },
    [setNotice],
  );

  /** Runs imports one after another: one file as ever (opened, its own notice), several as a batch (one notice, the library shown). */
  const runAll = useCallback(
    async (jobs: readonly Job[], { asked = false }: { asked?: boolean } = {}): Promise<void> => {
      if (jobs.length === 0) return;
      // `asked`: the dialog that chose these files already holds the turn.
      if ((running.current || reviewing()) && !asked) return refuseBusy(jobs.map((job) => job.fileName ?? '').filter(Boolean));
      running.current = true;
      stopping.current = false;
      setStopAsked(false);
      batchNotice.current = null;
      before.current = currentId;
      try {
        if (jobs.length === 1) {
          const [job] = jobs;
          try {
            await takeStep(await job!.start(setBusy));
          } catch (error) {
            setNotice((await outcomes()).refusalFor(job!.fileName, (error as Error).message));
          }
          return;
        }
        const results: BatchResult[] = [];
        for (const [index, job] of jobs.entries()) {
          // Stopped: the file being read was not saved, and the rest are not begun.
          if (stopping.current) break;
          const batch = { index: index + 1, count: jobs.length };
          const fileName = job.fileName ?? '';
          try {
            results.push({ fileName, outcome: await job.start((busy) => setBusy({ ...busy, batch })) });
          } catch (error) {
            results.push({ fileName, refused: (error as Error).message });
          }
          stopUpload.current = null;
        }
        const { notice, reviews: held } = (await outcomes()).batchSummary(
          results,
          jobs.slice(results.length).map((job) => job.fileName ?? ''),
        );
        setNotice(notice);
        // Several new documents: the library shows them all, where one would be opened.
        if (notice.kind === 'batch' && notice.imported.length + notice.updated.length > 0) navigate('library');
        reviews.current = held;
        batchNotice.current = held.length > 0 ? notice : null;
        const first = reviews.current.shift();
        if (first) showReview(first);
      } finally {
        running.current = false;
        stopping.current = false;
        setStopAsked(false);
        stopUpload.current = null;
        setBusy(null);
      }
    },
    [currentId, refuseBusy, setNotice, showReview, takeStep],
  );

  /** A file chosen in the page or dropped: uploaded (the web version), or named to the main side by its path (the desktop). */
  const fileJob = useCallback(
    (file: File): Job => ({
      fileName: file.name,
      start: async (report) => {
        report({ fileName: file.name, stage: 'sending', fraction: 0 });
        const control = new AbortController();
        stopUpload.current = control;
        const { importFile: sendFile } = await import('../../../api/upload');
        return sendFile(file, (progress) => report(progress.stage === 'reading' ? { fileName: file.name, stage: 'reading', fraction: null } : { fileName: file.name, ...progress }), control.signal);
      },
    }),
    [],
  );

  /** Files chosen or dropped together, imported one after another. */
  const importFiles = useCallback(
    (files: readonly File[]) => {
      if (files.length > MAX_PICKED_FILES) {
        setNotice({ kind: 'refused', message: `Import at most ${MAX_PICKED_FILES} files at a time: ${files.length} were given, and none was imported.` });
        return Promise.resolve();
      }
      return runAll(files.map(fileJob));
    },
    [fileJob, runAll, setNotice],
  );

  /** The desktop's own open dialog (main side): one file or several, each then read by the main side. */
  const pickFiles = useCallback(async () => {
    if (running.current || reviewing()) return refuseBusy([]);
    running.current = true;
    let picked: Awaited<ReturnType<(typeof api)['library.pickFiles']>>;
    try {
      picked = await api['library.pickFiles']({});
    } catch (error) {
      running.current = false;
      setNotice({ kind: 'refused', message: (error as Error).message });
      return;
    }
    if (picked.outcome !== 'picked') {
      running.current = false;
      return takeStep(picked);
    }
    const jobs = picked.files.map(
      ({ token, fileName }): Job => ({
        fileName,
        start: (report) => {
          report({ fileName, stage: 'reading', fraction: null });
          return api['library.importPicked']({ token });
        },
      }),
    );
    return runAll(jobs, { asked: true });
  }, [refuseBusy, runAll, setNotice, takeStep]);

  /**
   * A paste: rejects with the contract's message, so the dialog can show it under its field. While
   * files are being imported (the dialog stays usable meanwhile), it is refused in the dialog, the
   * text kept there: saved in the middle of a batch, it would be opened under the batch's files and
   * its notice replaced by the batch's, its Undo with it, and a Stop meant for the files could stop it.
   */
  const paste = useCallback(
    async (input: PasteInput): Promise<ImportOutcome> => {
      if (reviewing()) throw new Error('A study pack is waiting for your review: your text is kept here; import it once you have answered the review.');
      if (running.current) throw new Error('Another import is still under way: your text is kept here; import it when that one has finished.');
      running.current = true;
      let outcome: ImportOutcome;
      try {
        outcome = await api['library.paste'](input);
      } finally {
        running.current = false;
      }
      await runAll([{ fileName: null, start: async () => outcome }]);
      return outcome;
    },
    [runAll],
  );

  /** Undo: removes what the import brought in (one document, or a batch's). */
  const undo = useCallback(
    async (documents: readonly { id: string; title: string }[]) => {
      // Each is tried, so one that cannot be removed keeps no other in the library.
      const removed: { id: string; title: string }[] = [];
      let failure: string | null = null;
      for (const document of documents) {
        try {
          await api['library.remove']({ id: document.id });
          removed.push(document);
        } catch (error) {
          failure ??= (error as Error).message;
        }
      }
      if (failure !== null) {
        const kept = documents.filter((d) => !removed.includes(d)).map((d) => `“${d.title}”`);
        const gone = removed.length > 0 ? ` ${removed.map((d) => `“${d.title}”`).join(', ')} ${removed.length === 1 ? 'was' : 'were'} removed.` : '';
        setNotice({ kind: 'refused', message: `${kept.join(', ')} ${kept.length === 1 ? 'is' : 'are'} still in your library: ${failure}${gone}` });
        return;
      }
      setNotice({ kind: 'removed', titles: removed.map((d) => d.title) });
      // A batch's Undo leaves the library on screen, where its documents go; one file's goes back to the document read before.
      const back = before.current;
      if (documents.length === 1 && back && back !== documents[0]!.id) openInReader(back);
    },
    [setNotice],
  );

  /**
   * Stops the import under way: the upload if bytes are still on their way, and the main side's
   * reading of the file; the import's own call then answers `stopped`, and nothing of it is saved.
   */
  const stop = useCallback(async () => {
    // In a batch, the files after this one are not begun either.
    stopping.current = true;
    setStopAsked(true);
    stopUpload.current?.abort();
    try {
      await api['library.stopImport']({});
    } catch {
      // The import answers for itself: stopped, or finished before the stop arrived.
    }
  }, []);

  return { offer, busy, stopAsked, stop, notice: shown?.notice ?? null, noticeKey: shown?.key ?? 0, dismissNotice: () => setNotice(null), importFiles, pickFiles, paste, undo, review, finishReview };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
