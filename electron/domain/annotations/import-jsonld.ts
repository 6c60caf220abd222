/**
 * Reads a W3C Web Annotation JSON-LD file (an `AnnotationCollection`, an `AnnotationPage`, one
 * `Annotation` or an array of them) into annotations Lectern can store. Every problem is reported
 * with where it is, so the person importing knows what to fix; nothing is imported from a bad file.
 */
import { z } from 'zod';
import { AnnotationColor, Note, Tags } from '../../contract/annotations';
import { Target } from '../anchoring/types';
import { ANNOTATION_URN } from './jsonld';
import { normalizeTags } from './tags';

/** One annotation read from a file: `id` is null when the file's id is not one Lectern can keep. */
export interface ImportedAnnotation {
  id: string | null;
  target: Target;
  color: AnnotationColor;
  note: string;
  tags: string[];
  createdAt: string | null;
  updatedAt: string | null;
}

export type ImportResult = { ok: true; annotations: ImportedAnnotation[] } | { ok: false; message: string };

/** Most annotations one file may hold. */
export const MAX_IMPORTED = 10_000;

const Selector = z.looseObject({ type: z.string() });
const TextualBody = z.looseObject({ type: z.string().optional(), value: z.string(), purpose: z.string().optional() });
const W3cAnnotation = z.looseObject({
  id: z.string().optional(),
  type: z.union([z.literal('Annotation'), z.array(z.string()).refine((t) => t.includes('Annotation'), 'type must include "Annotation"')]),
  created: z.string().optional(),
  modified: z.string().optional(),
  'lectern:color': z.string().optional(),
  body: z.union([TextualBody, z.array(z.unknown())]).optional(),
  target: z.looseObject({ selector: z.union([Selector, z.array(Selector)]) }),
});

const isoDate = z.iso.datetime();
const keptId = /^[A-Za-z0-9_-]{1,64}$/;

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not valid';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/** The list of annotation objects in the file, or a message saying why there is none. */
function itemsOf(json: unknown): unknown[] | string {
  if (Array.isArray(json)) return json;
  if (typeof json !== 'object' || json === null) return 'the file is not a W3C Web Annotation document (expected an object or a list)';
  const doc = json as Record<string, unknown>;
  if (doc.type === 'Annotation') return [doc];
  const page = doc.type === 'AnnotationPage' ? doc : (doc.first as Record<string, unknown> | undefined);
  const items = (typeof page === 'object' && page !== null ? page.items : undefined) ?? doc.items;
  if (doc.type !== 'AnnotationCollection' && doc.type !== 'AnnotationPage') {
    return 'the file is not a W3C Web Annotation document (its "type" is not AnnotationCollection, AnnotationPage or Annotation)';
  }
  return Array.isArray(items) ? items : 'the collection has no list of annotations ("first.items")';
}

function bodiesOf(body: unknown): unknown[] {
  if (body === undefined) return [];
  return Array.isArray(body) ? body : [body];
}

/** One W3C annotation as Lectern's, or a message naming what is wrong with it. */
function readOne(raw: unknown): ImportedAnnotation | string {
  const parsed = W3cAnnotation.safeParse(raw);
  if (!parsed.success) return describe(parsed.error);
  const item = parsed.data;
  const selectors = Array.isArray(item.target.selector) ? item.target.selector : [item.target.selector];
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote) return 'its target has no TextQuoteSelector';
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  const exact = typeof quote.exact === 'string' ? quote.exact : '';
  const target = Target.safeParse({
    quote: { exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
    // Without a position the quote alone places it; a made-up position is simply not trusted.
    position: position ? { start: position.start, end: position.end } : { start: 0, end: Math.max(1, exact.length) },
  });
  if (!target.success) return `target: ${describe(target.error)}`;

  const notes: string[] = [];
  const tags: string[] = [];
  for (const [index, rawBody] of bodiesOf(item.body).entries()) {
    const body = TextualBody.safeParse(rawBody);
    if (!body.success) return `body.${index}: ${describe(body.error)}`;
    if (body.data.purpose === 'tagging') tags.push(body.data.value);
    else notes.push(body.data.value);
  }
  const note = Note.safeParse(notes.join('\n\n'));
  if (!note.success) return `note: ${describe(note.error)}`;
  const tagList = Tags.safeParse(normalizeTags(tags));
  if (!tagList.success) return `tags: ${describe(tagList.error)}`;
  const color = AnnotationColor.safeParse(item['lectern:color'] ?? 'yellow');
  if (!color.success) return `lectern:color: ${describe(color.error)}`;
  const created = item.created !== undefined && isoDate.safeParse(item.created).success ? item.created : null;
  const modified = item.modified !== undefined && isoDate.safeParse(item.modified).success ? item.modified : null;

  const bare = item.id?.startsWith(ANNOTATION_URN) ? item.id.slice(ANNOTATION_URN.length) : item.id;
  return {
    id: bare !== undefined && keptId.test(bare) ? bare : null,
    target: target.data,
    color: color.data,
    note: note.data,
    tags: tagList.data,
    createdAt: created,
    updatedAt: modified ?? created,
  };
}

/** Parses the file's text; either every annotation in it, or the first problem found. */
export function parseJsonLd(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `The file is not valid JSON (${(error as Error).message}).` };
  }
  const items = itemsOf(json);
  if (typeof items === 'string') return { ok: false, message: `Nothing was imported: ${items}.` };
  if (items.length > MAX_IMPORTED) return { ok: false, message: `Nothing was imported: the file holds ${items.length} annotations, more than ${MAX_IMPORTED}.` };
  const annotations: ImportedAnnotation[] = [];
  for (const [index, raw] of items.entries()) {
    const read = readOne(raw);
    if (typeof read === 'string') return { ok: false, message: `Nothing was imported: annotation ${index + 1} is not valid (${read}).` };
    annotations.push(read);
  }
  return { ok: true, annotations };
}
