import { z } from 'zod';

import { RememberedPackCredits } from './pack-credits';
import { FONT_SIZES_PX } from './reader-values';

export const Theme = z.enum(['light', 'sepia', 'dark']);
export type Theme = z.infer<typeof Theme>;

export const LineWidth = z.enum(['narrow', 'medium', 'wide']);
export type LineWidth = z.infer<typeof LineWidth>;

export const FontFamily = z.enum(['serif', 'sans']);
export type FontFamily = z.infer<typeof FontFamily>;

/** The library screen's order: as added (built-in first), recently read, title, progress. */
export const LibrarySort = z.enum(['added', 'recent', 'title', 'progress']);
export type LibrarySort = z.infer<typeof LibrarySort>;

export const Settings = z.object({
  theme: Theme,
  fontSizeStep: z.number().int().min(0).max(FONT_SIZES_PX.length - 1),
  lineWidth: LineWidth,
  fontFamily: FontFamily,
  /** Absent until the user picks a sort (then 'added' applies), so older data files need no migration. */
  librarySort: LibrarySort.optional(),
  /** The credits of the last study pack exported (who made it, licence, language), offered for the next. */
  packCredits: RememberedPackCredits.optional(),
});
export type Settings = z.infer<typeof Settings>;

export { FONT_SIZES_PX, defaultSettings } from './reader-values';

/** Where the reader left off in an article. `offset` is a character offset inside the paragraph. */
export const ReadingPosition = z.object({
  paragraphId: z.string().min(1).max(64),
  offset: z.number().int().min(0).max(1_000_000),
  percent: z.number().min(0).max(100),
  updatedAt: z.string(),
});
export type ReadingPosition = z.infer<typeof ReadingPosition>;
