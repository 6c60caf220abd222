import { z } from 'zod';
import { BlockId } from '../document/document';
import { Source } from '../../../data/schemas/article';

/**
 * Where a pack item comes from: a block of the pack's document and a verbatim quote from it. The same
 * idea as data/'s `Source` (`paragraph` + `quote`), with `block` because any block kind can be cited
 * (a heading, a quote, a list item), not only a paragraph of the built-in article.
 */
export const PackSource = z
  .object({
    block: BlockId.describe('The id of the cited block of the pack’s document.'),
    quote: Source.shape.quote.describe('Text found verbatim (character for character) in that block.'),
  })
  .strict();
export type PackSource = z.infer<typeof PackSource>;

/** A kebab-case id: the same rule as data/'s item ids, so a built-in id is a valid pack id. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case slug (a-z, 0-9, -)').max(64);

/** Plain text of an item: never empty, never interpreted as HTML or Markdown. */
export const PlainText = (max: number) => z.string().trim().min(1).max(max);
