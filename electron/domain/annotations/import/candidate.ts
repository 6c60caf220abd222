/** Checks what an importer read against Lectern's limits: an import candidate, or the reason it is skipped. */
import { z } from 'zod';
import { AnnotationColor, Note, Tags } from '../../../contract/annotations';
import { Target } from '../../anchoring/types';
import type { ExportDocument } from '../../export/document';
import { normalizeTags } from '../tags';
import type { ImportCandidate, ImportItem } from './importer';
import { labelOf } from './importer';
import { sameDocument, type FoundTarget } from './selectors';

export interface RawCandidate {
  index: number;
  target: FoundTarget | null;
  lecternId: string | null;
  sourceId: string | null;
  color: unknown;
  notes: string[];
  tags: string[];
  createdAt: string | null;
  updatedAt: string | null;
  changes: string[];
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not valid';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/** The entry as Lectern will store it, or skipped with the first reason found. */
export function toItem(raw: RawCandidate, document: ExportDocument): ImportItem {
  const { index, target } = raw;
  const label = labelOf(index, target?.quote?.exact ?? null);
  const skip = (reason: string): ImportItem => ({ kind: 'skipped', index, label, reason });
  if (target === null) return skip('it has no target');
  if (!sameDocument(target.source, document.sourceIris)) return skip(`it annotates another document (${target.source?.slice(0, 200)})`);
  if (target.quote === null) return skip('it quotes no text (no TextQuoteSelector): a note on the whole page cannot be placed');
  const exact = target.quote.exact;
  const parsed = Target.safeParse({
    quote: target.quote,
    // Without a position the quote alone places it; a made-up position is simply not trusted.
    position: target.position ?? { start: 0, end: Math.max(1, exact.length) },
  });
  if (!parsed.success) return skip(`its target is not valid (${describe(parsed.error)})`);
  const note = Note.safeParse(raw.notes.filter((n) => n.length > 0).join('\n\n'));
  if (!note.success) return skip(describe(note.error));
  const tags = Tags.safeParse(normalizeTags(raw.tags));
  if (!tags.success) return skip(describe(tags.error));
  const color = AnnotationColor.safeParse(raw.color ?? 'yellow');
  if (!color.success) return skip(`its colour ${JSON.stringify(raw.color).slice(0, 40)} is not one of Lectern's`);
  const candidate: ImportCandidate = {
    lecternId: raw.lecternId,
    sourceId: raw.sourceId,
    target: parsed.data,
    color: color.data,
    note: note.data,
    tags: tags.data,
    createdAt: raw.createdAt,
    updatedAt: raw.updatedAt ?? raw.createdAt,
    changes: target.trimmed ? [...raw.changes, 'its quote’s context was cut to the nearest 64 characters'] : raw.changes,
  };
  return { kind: 'annotation', index, label, candidate };
}
