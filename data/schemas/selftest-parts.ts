import { z } from 'zod';
import { ParagraphId, Source } from './article';

// The building blocks every question kind's schema is made of. The kinds receive them as one object
// (`SchemaKit`) instead of importing zod, so the renderer can use a kind's pure functions (labels,
// descriptions) without bundling zod; data/schemas/selftest.ts hands the kit to each kind.

export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case slug');
export const Text = z.string().trim().min(1);
/** An id inside an attempt's stored layout (the contract's id rule). */
export const LayoutId = z.string().min(1).max(64).regex(/^[a-z0-9-]+$/, 'an id is lowercase letters, digits and dashes');

/** The three roles a statement can play in the membership argument; the ids are fixed. */
export const ClassifyCategoryId = z.enum(['against-soon', 'for-one-day', 'conclusion']);
export type ClassifyCategoryId = z.infer<typeof ClassifyCategoryId>;

export const ChoiceOption = z.object({ id: Slug, text: Text });
export type ChoiceOption = z.infer<typeof ChoiceOption>;

/** An item of a classify, order or match question; `source` is set when the item is a claim of the article. */
export const QuotedItem = z.object({ id: Slug, text: Text, source: Source.optional() });
export type QuotedItem = z.infer<typeof QuotedItem>;

export const ClassifyItem = QuotedItem.extend({ category: ClassifyCategoryId });
export type ClassifyItem = z.infer<typeof ClassifyItem>;

/** A character range [start, end) within the text of the question's source paragraph. */
export const TextRange = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((r) => r.start <= r.end, 'start must not be after end');
export type TextRange = z.infer<typeof TextRange>;

/** Everything a kind's `schemas` function may build with. */
export const schemaKit = {
  z,
  Slug,
  Text,
  LayoutId,
  ParagraphId,
  Source,
  ChoiceOption,
  QuotedItem,
  ClassifyItem,
  ClassifyCategoryId,
  TextRange,
  /** The fields every question has, whatever its kind. */
  common: { id: Slug, explanation: Text, source: Source },
};
export type SchemaKit = typeof schemaKit;

/**
 * The same kit for a question of any document (an imported pack's): a source cites any block id and
 * classify categories are any slugs. Its types stay the article's (the kinds are typed against
 * `SchemaKit`); code that handles such questions looks block text up by id and never narrows on p1…p5.
 */
const AnyBlockId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const AnySource = z.object({ paragraph: AnyBlockId, quote: Source.shape.quote });
const AnyQuotedItem = z.object({ id: Slug, text: Text, source: AnySource.optional() });
export const documentSchemaKit = {
  ...schemaKit,
  ParagraphId: AnyBlockId,
  Source: AnySource,
  QuotedItem: AnyQuotedItem,
  ClassifyItem: AnyQuotedItem.extend({ category: Slug }),
  ClassifyCategoryId: Slug,
  common: { id: Slug, explanation: Text, source: AnySource },
} as unknown as SchemaKit;
