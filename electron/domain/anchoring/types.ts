/** W3C Web Annotation selectors for one passage of the article, and the outcome of re-anchoring it. */
import { z } from 'zod';

/** Longest quote a selector may hold, in UTF-16 code units. */
export const MAX_QUOTE_LENGTH = 2000;
/** Longest prefix or suffix a selector may hold. */
export const MAX_CONTEXT_LENGTH = 64;

/** The quoted text with the text just before and after it (W3C `TextQuoteSelector`, minus `type`). */
export const TextQuoteSelector = z.object({
  exact: z.string().min(1).max(MAX_QUOTE_LENGTH),
  prefix: z.string().max(MAX_CONTEXT_LENGTH),
  suffix: z.string().max(MAX_CONTEXT_LENGTH),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/** Offsets of the passage in the article text, end exclusive (W3C `TextPositionSelector`, minus `type`). */
export const TextPositionSelector = z
  .object({ start: z.int().min(0), end: z.int().min(0) })
  .refine((p) => p.end > p.start, { message: 'end must be greater than start', path: ['end'] });
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

/** What an annotation stores about its passage: both selectors, so either can rescue the other. */
export const Target = z.object({ quote: TextQuoteSelector, position: TextPositionSelector });
export type Target = z.infer<typeof Target>;

/** How a target was found: at its stored offsets, as an exact quote elsewhere, or as an approximate quote. */
export const AnchorMethod = z.enum(['position', 'exact', 'fuzzy']);
export type AnchorMethod = z.infer<typeof AnchorMethod>;

/**
 * Why a target could not be placed: its quote is empty, nothing similar enough exists in the text,
 * or the fuzzy search ran out of time before finding a good enough match.
 */
export const OrphanReason = z.enum(['invalid-target', 'not-found', 'timed-out']);
export type OrphanReason = z.infer<typeof OrphanReason>;

/** Where a target lands in the current text (score 0..1, 1 = quote and context intact), or why it cannot. */
export const AnchorResult = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('anchored'),
    start: z.int().min(0),
    end: z.int().min(0),
    method: AnchorMethod,
    score: z.number().min(0).max(1),
  }),
  z.object({ status: z.literal('orphaned'), reason: OrphanReason }),
]);
export type AnchorResult = z.infer<typeof AnchorResult>;
