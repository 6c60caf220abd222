/**
 * Hypothesis's own JSON: the client's export (`{ export_date, annotations: [...] }`), an API search
 * reply (`{ total, rows: [...] }`) or a bare list of its annotation objects (`id`, `uri`, `text`,
 * `tags`, `created`, `target[].selector`). Recognised by shape, since the files carry no type.
 */
import { toItem } from './candidate';
import { MAX_IMPORTED, labelOf, type AnnotationImporter, type ImportItem, type ParsedAnnotationFile } from './importer';
import { findTarget } from './selectors';
import { utcTime } from './times';
import type { ExportDocument } from '../../export/document';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A Hypothesis annotation object: a string id, a `uri`, and a `target` list (no W3C `type`). */
function looksLikeHypothesis(value: unknown): boolean {
  return isObject(value) && value.type === undefined && typeof value.uri === 'string' && Array.isArray(value.target);
}

function listOf(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (!isObject(json)) return null;
  if (Array.isArray(json.annotations)) return json.annotations;
  if (Array.isArray(json.rows)) return json.rows;
  return null;
}

/** The annotation's public page, the IRI Hypothesis itself links to; kept as its source id. */
function sourceIdOf(item: Json): string | null {
  const links = isObject(item.links) ? item.links : {};
  if (typeof links.html === 'string') return links.html;
  return typeof item.id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(item.id) ? `https://hypothes.is/a/${item.id}` : null;
}

function readOne(raw: unknown, index: number, document: ExportDocument): ImportItem {
  if (!looksLikeHypothesis(raw)) return { kind: 'skipped', index, label: labelOf(index, null), reason: 'it is not a Hypothesis annotation (no "uri" and "target")' };
  const item = raw as Json;
  const target = findTarget(item.target);
  if (Array.isArray(item.references) && item.references.length > 0) {
    return { kind: 'skipped', index, label: labelOf(index, target?.quote?.exact ?? null), reason: 'it is a reply to another annotation' };
  }
  const uri = item.uri as string;
  return toItem(
    {
      index,
      target: target && target.source === null ? { ...target, source: uri } : target,
      lecternId: null,
      sourceId: sourceIdOf(item),
      color: undefined,
      // Hypothesis notes are Markdown a person wrote; Lectern keeps them as the text they are.
      notes: typeof item.text === 'string' ? [item.text] : [],
      tags: Array.isArray(item.tags) ? item.tags.filter((t): t is string => typeof t === 'string') : [],
      createdAt: utcTime(item.created),
      updatedAt: utcTime(item.updated),
      changes: [],
    },
    document,
  );
}

export const hypothesisImporter: AnnotationImporter = {
  id: 'hypothesis',
  label: 'Hypothesis (JSON)',
  extensions: ['json'],
  mimeTypes: ['application/json'],
  sniff(json) {
    const list = listOf(json);
    return list !== null && list.length > 0 && looksLikeHypothesis(list[0]);
  },
  parse(json, document): ParsedAnnotationFile {
    const list = listOf(json);
    if (list === null) return { ok: false, message: 'Nothing was imported: the file is not a Hypothesis export (no "annotations" or "rows" list).' };
    if (list.length > MAX_IMPORTED) return { ok: false, message: `Nothing was imported: the file holds ${list.length} annotations, more than ${MAX_IMPORTED}.` };
    return { ok: true, format: 'Hypothesis', items: list.map((raw, index) => readOne(raw, index, document)) };
  },
};
