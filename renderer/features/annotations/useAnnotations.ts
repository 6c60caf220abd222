import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation, AnnotationView, ImportReport } from '../../../electron/contract/annotations';
import type { AnnotationColor } from '../../../electron/contract/annotation-values';
import { api } from '../../api/client';
import { reportSummary } from './ImportReport';

/** One end of a selection in the article: a paragraph and an offset in its text. */
export type TextPoint = { paragraphId: string; offset: number };
export type AnnotationPatch = { color?: AnnotationColor; note?: string; tags?: string[] };

/** A message for the toast: what happened, and, after a delete, the annotation Undo puts back. */
export type Notice = { id: number; tone: 'info' | 'error'; message: string; undo: Annotation | null };

/**
 * The article's annotations and every change to them. Each change waits for the store to say it is
 * durable before the list changes; a failure keeps the list as it was and reports what was not saved
 * (callers keep the user's text on screen). The last delete can be undone (toast, Ctrl/Cmd+Z).
 */
export function useAnnotations(documentId: string) {
  const [items, setItems] = useState<AnnotationView[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeId = useRef(0);

  const tell = useCallback((tone: Notice['tone'], message: string, undo: Annotation | null = null) => {
    noticeId.current += 1;
    setNotice({ id: noticeId.current, tone, message, undo });
  }, []);

  useEffect(() => {
    let live = true;
    api['annotations.list']({ documentId }).then(
      (list) => live && setItems(list),
      (error: Error) => live && setLoadError(`Your annotations could not be loaded: ${error.message}`),
    );
    return () => {
      live = false;
    };
  }, [documentId]);

  const upsert = (view: AnnotationView) => setItems((list) => (list.some((a) => a.id === view.id) ? list.map((a) => (a.id === view.id ? view : a)) : [...list, view]));

  const create = useCallback(
    async (from: TextPoint, to: TextPoint, color: AnnotationColor): Promise<AnnotationView | null> => {
      try {
        const view = await api['annotations.create']({ documentId, from, to, color });
        upsert(view);
        return view;
      } catch (error) {
        tell('error', `The highlight was not saved: ${(error as Error).message}`);
        return null;
      }
    },
    [documentId, tell],
  );

  /** Saves a change; rejects with the reason so the editor can keep the text and say it was not saved. */
  const update = useCallback(async (id: string, patch: AnnotationPatch): Promise<AnnotationView> => {
    const view = await api['annotations.update']({ id, ...patch });
    upsert(view);
    return view;
  }, []);

  const remove = useCallback(
    async (id: string): Promise<boolean> => {
      try {
        const { deleted } = await api['annotations.delete']({ id });
        setItems((list) => list.filter((a) => a.id !== id));
        tell('info', 'Annotation deleted.', deleted);
        return true;
      } catch (error) {
        tell('error', `The annotation was not deleted: ${(error as Error).message}`);
        return false;
      }
    },
    [tell],
  );

  const undo = useCallback(async () => {
    const annotation = notice?.undo;
    if (!annotation) return;
    try {
      upsert(await api['annotations.restore']({ annotation }));
      tell('info', 'Annotation restored.');
    } catch (error) {
      tell('error', `The annotation could not be restored: ${(error as Error).message}`, annotation);
    }
  }, [notice, tell]);

  const importFile = useCallback(
    async (text: string): Promise<ImportReport | null> => {
      try {
        const report = await api['annotations.import']({ documentId, text });
        setItems(await api['annotations.list']({ documentId }));
        tell('info', `Imported: ${reportSummary(report)}.`);
        return report;
      } catch (error) {
        tell('error', `Import failed. ${(error as Error).message}`);
        return null;
      }
    },
    [documentId, tell],
  );

  /** Reads the list again: annotations another action moved here (a newer version replacing the old). */
  const reload = useCallback(async () => {
    try {
      setItems(await api['annotations.list']({ documentId }));
    } catch (error) {
      setLoadError(`Your annotations could not be loaded: ${(error as Error).message}`);
    }
  }, [documentId]);

  return { items, loadError, notice, dismissNotice: () => {
      setNotice(null);
      setLoadError(null);
    }, tell, create, update, remove, undo, importFile, reload };
}

export type AnnotationsState = ReturnType<typeof useAnnotations>;
