/**
 * Plain values about annotations shared by the contract and the renderer. Free of zod, so the
 * renderer can import them without pulling the schema library into its bundle.
 */

/** Highlight colours, in the order the toolbar offers them. */
export const ANNOTATION_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type AnnotationColor = (typeof ANNOTATION_COLORS)[number];

/**
 * Each colour's name and its non-colour cue: the underline style drawn under the highlight, so a
 * reader who cannot tell the colours apart still can tell the highlights apart.
 */
export const COLOR_INFO: Record<AnnotationColor, { label: string; underline: 'solid' | 'double' | 'dashed' | 'wavy'; cue: string }> = {
  yellow: { label: 'Yellow', underline: 'solid', cue: 'solid underline' },
  green: { label: 'Green', underline: 'double', cue: 'double underline' },
  blue: { label: 'Blue', underline: 'dashed', cue: 'dashed underline' },
  pink: { label: 'Pink', underline: 'wavy', cue: 'wavy underline' },
};

/** Longest note, in characters. */
export const MAX_NOTE_LENGTH = 10_000;
/** Longest tag, in characters. */
export const MAX_TAG_LENGTH = 64;
/** Most tags on one annotation. */
export const MAX_TAGS = 32;
/** Longest highlighted passage, in characters (the anchoring module's `MAX_QUOTE_LENGTH`). */
export const MAX_HIGHLIGHT_LENGTH = 2_000;
/** Largest file `annotations.import` accepts, in characters (within the request cap). */
export const MAX_IMPORT_LENGTH = 240_000;
