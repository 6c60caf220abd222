/** Annotations methods over the store and domain logic: create, edit, delete with undo, import, export. */
import type { Annotation, AnnotationId, annotationsContract, ExportedFile } from '../contract/annotations';
import { MAX_HIGHLIGHT_LENGTH } from '../contract/annotation-values';
import { CallError } from '../contract/dispatch';
import type { FeatureHandlers } from '../contract/spec';
import { describeRange, fromParagraphOffset } from '../domain/anchoring';
import { planImport } from '../domain/annotations/import/plan';
import { parseAnnotationFile } from '../domain/annotations/import/registry';
import { normalizeTags } from '../domain/annotations/tags';
import { findExporter } from '../domain/export/registry';
import { placed, viewOf } from './annotation-placement';
import type { ServiceContext } from './deps';
import type { LoadedDocument } from './library/loaded-document';
import { exportDocumentOf } from './export-document';

type Point = { paragraphId: string; offset: number };

function globalOffset(document: LoadedDocument, { paragraphId, offset }: Point): number {
  try {
    return fromParagraphOffset(document.offsets, paragraphId, offset);
  } catch (error) {
    throw new CallError('invalid-input', `The selection is not in the document (${(error as Error).message}).`);
  }
}

/** The selection as global offsets, in order, without the whitespace a drag often picks up at its ends. */
function selectionRange(document: LoadedDocument, from: Point, to: Point): { start: number; end: number } {
  const text = document.text;
  let start = Math.min(globalOffset(document, from), globalOffset(document, to));
  let end = Math.max(globalOffset(document, from), globalOffset(document, to));
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  if (end <= start) throw new CallError('invalid-input', 'The selection holds no text to highlight.');
  if (end - start > MAX_HIGHLIGHT_LENGTH) {
    throw new CallError('invalid-input', `A highlight can span at most ${MAX_HIGHLIGHT_LENGTH.toLocaleString('en')} characters; this selection has ${(end - start).toLocaleString('en')}.`);
  }
  return { start, end };
}

const missing = () => new CallError('invalid-input', 'That annotation no longer exists; it may have been deleted in another window.');

export function annotationsHandlers({ store, now, newId, saveFile, documents, exporters, annotationImporters }: ServiceContext): FeatureHandlers<typeof annotationsContract> {
  const find = (id: string): Annotation | undefined => store.read().annotations.find((a) => a.id === id);
  const views = async (documentId: string) => {
    const document = await documents.load(documentId);
    return store.read().annotations.filter((a) => a.documentId === documentId).map((a) => viewOf(a, document));
  };
  const viewIn = async (annotation: Annotation) => viewOf(annotation, await documents.load(annotation.documentId));

  const exportFile = async (documentId: string, format: string): Promise<ExportedFile> => {
    const loaded = await documents.load(documentId);
    const exporter = findExporter(exporters, 'annotations', format);
    if (!exporter) throw new CallError('invalid-input', `There is no annotation export format "${format}".`);
    const at = now().toISOString();
    const items = (await views(documentId)).map(placed);
    const written = await exporter.write({ document: exportDocumentOf(loaded), annotations: items, exportedAt: at });
    // Annotation formats are text; a binary one would need the base64 path the card exports use.
    const content = typeof written === 'string' ? written : new TextDecoder().decode(written);
    return { fileName: `lectern-annotations-${documentId}-${at.slice(0, 10)}.${exporter.extension}`, mimeType: exporter.mimeType, content };
  };

  return {
    'annotations.list': async ({ documentId }) => views(documentId),
    'annotations.create': async ({ documentId, from, to, color, note, tags }) => {
      const document = await documents.load(documentId);
      const { start, end } = selectionRange(document, from, to);
      const at = now().toISOString();
      const annotation = {
        id: newId() as AnnotationId,
        documentId,
        target: describeRange(document.text, start, end),
        color,
        note,
        tags: normalizeTags(tags),
        createdAt: at,
        updatedAt: at,
      };
      await store.update((draft) => {
        draft.annotations.push(annotation);
      });
      return viewOf(annotation, document);
    },
    'annotations.update': async ({ id, ...patch }) => {
      const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const at = now().toISOString();
      // Built on the annotation as it stands when this write's turn comes: a move to a newer version
      // still being written stays.
      const next = await store.change((draft, current) => {
        const index = draft.annotations.findIndex((a) => a.id === id);
        const found = current.annotations[index];
        if (!found) throw missing();
        const changed: Annotation = { ...found, ...changes, tags: patch.tags ? normalizeTags(patch.tags) : found.tags, updatedAt: at };
        draft.annotations[index] = changed;
        return changed;
      });
      return viewIn(next);
    },
    'annotations.delete': async ({ id }) => {
      // What Undo restores is the annotation as it stands when the delete is written: an edit saved
      // a moment before is in it.
      const deleted = await store.change((draft, current) => {
        const index = draft.annotations.findIndex((a) => a.id === id);
        const found = current.annotations[index];
        if (!found) throw missing();
        draft.annotations.splice(index, 1);
        return found;
      });
      return { deleted };
    },
    'annotations.restore': async ({ annotation }) => {
      await documents.load(annotation.documentId);
      // Checked again in the update: two restores of one annotation a moment apart add it once.
      if (!find(annotation.id)) {
        await store.update((draft, current) => {
          if (!current.annotations.some((a) => a.id === annotation.id)) draft.annotations.push(annotation);
        });
      }
      return viewIn(find(annotation.id) ?? annotation);
    },
    'annotations.import': async ({ documentId, text }) => {
      const loaded = await documents.load(documentId);
      const parsed = parseAnnotationFile(text, exportDocumentOf(loaded), annotationImporters);
      if (!parsed.ok) throw new CallError('invalid-input', parsed.message);
      const at = now().toISOString();
      // Planned inside the update, against the annotations as they stand when its write's turn
      // comes, so a note edited or deleted a moment before is compared with, not overwritten. One
      // update for the whole plan: the file is imported entirely or, if the write fails, not at all.
      const plan = await store.change((draft, current) => {
        const made = planImport(parsed.items, { documentId, existing: current.annotations, now: at, newId });
        const indexById = new Map(draft.annotations.map((a, index) => [a.id as string, index]));
        for (const next of made.writes) {
          const known = indexById.get(next.id);
          if (known !== undefined) draft.annotations[known] = next;
          else {
            indexById.set(next.id, draft.annotations.length);
            draft.annotations.push(next);
          }
        }
        return made;
      });
      const count = (outcome: string) => plan.entries.filter((e) => e.outcome === outcome).length;
      return {
        format: parsed.format,
        added: count('added'),
        updated: count('updated'),
        unchanged: count('unchanged'),
        skipped: count('skipped'),
        entries: plan.entries,
        annotations: plan.writes.map((a) => viewOf(a, loaded)),
      };
    },
    'annotations.export': async ({ documentId, format }) => exportFile(documentId, format),
    'annotations.saveExport': async ({ documentId, format }) => {
      if (!saveFile) return { outcome: 'unavailable' as const };
      return saveFile({ ...(await exportFile(documentId, format)), title: 'Export annotations' });
    },
  };
}
