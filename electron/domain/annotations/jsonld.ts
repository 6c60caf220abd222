/** Names shared by the JSON-LD export and import (W3C Web Annotation Data Model). */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Lectern's own terms (the highlight colour), declared in the document's context. */
export const LECTERN_NS = 'https://lectern.invalid/ns#';
export const ANNOTATION_URN = 'urn:lectern:annotation:';
export const ARTICLE_URN = 'urn:lectern:article:';
