/** Names shared by the JSON-LD export and import (W3C Web Annotation Data Model). */
import { LECTERN_BASE } from '../export/document';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Lectern's own terms (the highlight colour), declared in the document's context. */
export const LECTERN_NS = `${LECTERN_BASE}ns#`;
/** Ids written before issue 11, still read back. */
export const LEGACY_ANNOTATION_URN = 'urn:lectern:annotation:';
/** Where annotation ids that are not UUIDs live (ids kept from early imports). */
export const ANNOTATION_BASE = `${LECTERN_BASE}annotations/`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The IRI of a Lectern annotation id: `urn:uuid:` (RFC 9562) for a UUID, else an http IRI under Lectern's base. */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `${ANNOTATION_BASE}${encodeURIComponent(id)}`;
}

/** The Lectern id inside one of its own IRIs (any of the three forms), or null for a foreign IRI. */
export function lecternIdOf(iri: string): string | null {
  const bare = iri.startsWith('urn:uuid:')
    ? iri.slice('urn:uuid:'.length)
    : iri.startsWith(ANNOTATION_BASE)
      ? decodeURIComponent(iri.slice(ANNOTATION_BASE.length))
      : iri.startsWith(LEGACY_ANNOTATION_URN)
        ? iri.slice(LEGACY_ANNOTATION_URN.length)
        : null;
  return bare !== null && /^[A-Za-z0-9_-]{1,64}$/.test(bare) ? bare : null;
}
