/**
 * What an import will do, decided before anything is written: each entry of the file is added,
 * updated, unchanged or skipped (with why). The service then writes the whole plan in one update,
 * so a file is never half-imported.
 */
import type { Annotation, AnnotationId } from '../../../contract/annotations';
import type { ImportCandidate, ImportItem } from './importer';

export type ImportOutcome = 'added' | 'updated' | 'unchanged' | 'skipped';

/** One line of the report the person reads. */
export interface ImportReportEntry {
  label: string;
  outcome: ImportOutcome;
  /** Why it was skipped, or what was changed to fit (an HTML note made text). */
  detail: string | null;
}

export interface ImportPlan {
  /** Annotations to write: new ones appended, changed ones replaced by id. */
  writes: Annotation[];
  entries: ImportReportEntry[];
}

/** The same passage, note, tags and colour: importing it again changes nothing. */
function sameContent(stored: Annotation, next: ImportCandidate): boolean {
  const a = stored.target.quote;
  const b = next.target.quote;
  return (
    a.exact === b.exact &&
    a.prefix === b.prefix &&
    a.suffix === b.suffix &&
    stored.note === next.note &&
    stored.color === next.color &&
    stored.tags.length === next.tags.length &&
    stored.tags.every((tag, i) => tag === next.tags[i])
  );
}

export interface PlanContext {
  documentId: string;
  /** Every stored annotation (all documents: ids are global). */
  existing: readonly Annotation[];
  now: string;
  newId: () => string;
}

/** Matches each candidate with what is stored: by Lectern id, else by the other tool's id. */
export function planImport(items: readonly ImportItem[], { documentId, existing, now, newId }: PlanContext): ImportPlan {
  const byId = new Map(existing.map((a) => [a.id as string, a]));
  const bySource = new Map(existing.filter((a) => a.documentId === documentId && a.sourceId !== undefined).map((a) => [a.sourceId as string, a]));
  const seen = new Set<string>();
  const writes: Annotation[] = [];
  const entries: ImportReportEntry[] = [];

  for (const item of items) {
    if (item.kind === 'skipped') {
      entries.push({ label: item.label, outcome: 'skipped', detail: item.reason });
      continue;
    }
    const { candidate } = item;
    const key = candidate.lecternId ?? candidate.sourceId;
    if (key !== null && seen.has(key)) {
      entries.push({ label: item.label, outcome: 'skipped', detail: 'its id appears earlier in the same file' });
      continue;
    }
    if (key !== null) seen.add(key);
    const byLectern = candidate.lecternId !== null ? byId.get(candidate.lecternId) : undefined;
    // An id of another document's annotation is not this one's: it gets an id of its own.
    const stored = (byLectern?.documentId === documentId ? byLectern : undefined) ?? (candidate.sourceId !== null ? bySource.get(candidate.sourceId) : undefined);
    const detail = candidate.changes.length > 0 ? candidate.changes.join('; ') : null;
    if (stored && sameContent(stored, candidate)) {
      entries.push({ label: item.label, outcome: 'unchanged', detail: null });
      continue;
    }
    const id = stored?.id ?? (candidate.lecternId !== null && !byId.has(candidate.lecternId) ? candidate.lecternId : newId());
    const next: Annotation = {
      id: id as AnnotationId,
      documentId,
      target: candidate.target,
      color: candidate.color,
      note: candidate.note,
      tags: candidate.tags,
      createdAt: stored?.createdAt ?? candidate.createdAt ?? now,
      updatedAt: candidate.updatedAt ?? candidate.createdAt ?? now,
      ...(candidate.sourceId !== null ? { sourceId: candidate.sourceId } : stored?.sourceId !== undefined ? { sourceId: stored.sourceId } : {}),
    };
    writes.push(next);
    byId.set(next.id, next);
    entries.push({ label: item.label, outcome: stored ? 'updated' : 'added', detail });
  }
  return { writes, entries };
}
