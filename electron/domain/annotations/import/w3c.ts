/**
 * The W3C Web Annotation importer: an `AnnotationCollection` (its first page embedded), an
 * `AnnotationPage`, one `Annotation` or a list of them; `type` a string or an array holding it.
 */
import type { ExportDocument } from '../../export/document';
import { lecternIdOf } from '../jsonld';
import { readBodies } from './bodies';
import { toItem } from './candidate';
import { MAX_IMPORTED, labelOf, type AnnotationImporter, type ImportItem, type ParsedAnnotationFile } from './importer';
import { findTarget } from './selectors';
import { utcTime } from './times';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function hasType(value: unknown, type: string): boolean {
  if (!isObject(value)) return false;
  return Array.isArray(value.type) ? value.type.includes(type) : value.type === type;
}

/** The list of annotation objects in the file, or a message saying why there is none. */
function itemsOf(json: unknown): unknown[] | string {
  if (Array.isArray(json)) return json;
  if (hasType(json, 'Annotation')) return [json];
  if (!isObject(json)) return 'the file is not a W3C Web Annotation document (expected an object or a list)';
  const page = hasType(json, 'AnnotationPage') ? json : json.first;
  if (!hasType(json, 'AnnotationCollection') && !hasType(json, 'AnnotationPage')) {
    return 'the file is not a W3C Web Annotation document (its "type" is not AnnotationCollection, AnnotationPage or Annotation)';
  }
  if (typeof page === 'string') return 'the collection’s pages are links (“first” is an IRI); export the annotations embedded in the file';
  const items = (isObject(page) ? page.items : undefined) ?? json.items;
  return Array.isArray(items) ? items : 'the collection has no list of annotations ("first.items")';
}

function readOne(raw: unknown, index: number, document: ExportDocument): ImportItem {
  if (!hasType(raw, 'Annotation')) return { kind: 'skipped', index, label: labelOf(index, null), reason: 'it is not an Annotation (its "type" does not say so)' };
  const item = raw as Json;
  const id = typeof item.id === 'string' ? item.id : null;
  // A bare id (no scheme) is not an IRI, but older Lectern files and hand-written ones use them: kept as is.
  const lecternId = id === null ? null : /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : lecternIdOf(id);
  const bodies = readBodies(item);
  return toItem(
    {
      index,
      target: findTarget(item.target),
      lecternId,
      // A foreign IRI is kept as the source id; so is a Lectern one that could not become an id here.
      sourceId: id !== null && lecternId === null && /^[a-z][a-z0-9+.-]*:/i.test(id) ? id : null,
      color: item['lectern:color'],
      notes: bodies.notes,
      tags: bodies.tags,
      createdAt: utcTime(item.created),
      updatedAt: utcTime(item.modified),
      changes: bodies.changes,
    },
    document,
  );
}

export const w3cImporter: AnnotationImporter = {
  id: 'w3c',
  label: 'W3C Web Annotations (JSON-LD)',
  extensions: ['jsonld', 'json'],
  mimeTypes: ['application/ld+json', 'application/json'],
  sniff: (json) =>
    (isObject(json) && ('@context' in json || ['Annotation', 'AnnotationPage', 'AnnotationCollection'].some((t) => hasType(json, t)))) ||
    (Array.isArray(json) && json.length > 0 && hasType(json[0], 'Annotation')),
  parse(json, document): ParsedAnnotationFile {
    const items = itemsOf(json);
    if (typeof items === 'string') return { ok: false, message: `Nothing was imported: ${items}.` };
    if (items.length > MAX_IMPORTED) return { ok: false, message: `Nothing was imported: the file holds ${items.length} annotations, more than ${MAX_IMPORTED}.` };
    return { ok: true, format: 'W3C Web Annotations', items: items.map((raw, index) => readOne(raw, index, document)) };
  },
};
