import { z } from 'zod';

/** Paragraph ids of the article body, in reading order. */
export const ParagraphId = z.enum(['p1', 'p2', 'p3', 'p4', 'p5']);
export type ParagraphId = z.infer<typeof ParagraphId>;

export const Paragraph = z.object({ id: ParagraphId, text: z.string().min(1) });
export type Paragraph = z.infer<typeof Paragraph>;

/** The article as shipped in data/article.json (generated from the seed by `npm run data:article`). */
export const Article = z.object({
  id: z.string().min(1),
  section: z.string().min(1),
  title: z.string().min(1),
  author: z.string().min(1),
  paragraphs: z.array(Paragraph).length(5),
  photoCredit: z.string().min(1),
});
export type Article = z.infer<typeof Article>;

/**
 * Where a card, question or map node comes from: a body paragraph and a verbatim quote from it.
 * Verbatim means byte for byte, typographic apostrophes included; a test checks every quote.
 */
export const Source = z.object({
  paragraph: ParagraphId,
  quote: z.string().min(3).max(2000),
});
export type Source = z.infer<typeof Source>;
