/**
 * The note and tags in a W3C annotation's bodies: `bodyValue`, `TextualBody` (plain or HTML), the
 * first TextualBody of a `Choice`, and tags by `purpose: tagging`. A body that is an IRI or not text
 * cannot be kept as a note: it is skipped and named in the report.
 */
import { htmlToText } from './html-to-text';

type Json = Record<string, unknown>;

export interface ReadBodies {
  notes: string[];
  tags: string[];
  changes: string[];
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function isTextual(body: Json): boolean {
  const types = Array.isArray(body.type) ? body.type : [body.type];
  return typeof body.value === 'string' && (body.type === undefined || types.includes('TextualBody'));
}

function purposes(body: Json): unknown[] {
  return Array.isArray(body.purpose) ? body.purpose : [body.purpose];
}

/** Reads one textual body into notes or tags; `text/html` made text. */
function readTextual(body: Json, out: ReadBodies): void {
  const value = body.value as string;
  if (purposes(body).includes('tagging')) {
    out.tags.push(value);
    return;
  }
  const format = typeof body.format === 'string' ? body.format.toLowerCase() : 'text/plain';
  if (format === 'text/html' || format === 'application/xhtml+xml') {
    out.notes.push(htmlToText(value));
    out.changes.push('its HTML note was converted to plain text');
  } else out.notes.push(value);
}

export function readBodies(annotation: Json): ReadBodies {
  const out: ReadBodies = { notes: [], tags: [], changes: [] };
  if (typeof annotation.bodyValue === 'string') out.notes.push(annotation.bodyValue);
  const bodies = annotation.body === undefined ? [] : Array.isArray(annotation.body) ? annotation.body : [annotation.body];
  for (const body of bodies) {
    if (typeof body === 'string') {
      out.changes.push(`a body that is a link (${body.slice(0, 80)}) was left out: Lectern keeps text only`);
      continue;
    }
    if (!isObject(body)) continue;
    const types = Array.isArray(body.type) ? body.type : [body.type];
    if (types.includes('Choice')) {
      const items = Array.isArray(body.items) ? body.items : [];
      const first = items.find((item): item is Json => isObject(item) && isTextual(item));
      if (first) readTextual({ purpose: body.purpose, ...first }, out);
      else out.changes.push('a Choice body without a text option was left out');
      continue;
    }
    if (isTextual(body)) readTextual(body, out);
    else out.changes.push(`a ${typeof body.type === 'string' ? body.type : 'non-text'} body${typeof body.id === 'string' ? ` (${body.id.slice(0, 80)})` : ''} was left out: Lectern keeps text only`);
  }
  return out;
}
