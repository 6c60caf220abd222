/**
 * Which chunks of a long text hold their blocks. The first frame fills only the chunks around
 * where the reader opens (the others are empty boxes of their estimated height, so the page's
 * height and the place are already right); ChunkFiller, loaded meanwhile, fills the rest.
 */
import { lazy, useState } from 'react';
import type { LongTextLayout } from './long-text-chunks';

/** Chunks either side of the one the reader opens at that the first frame fills. */
const FIRST_SCREEN_BEFORE = 1;
const FIRST_SCREEN_AFTER = 2;

/** Per chunk, whether it holds its blocks; 'all' once every one does. */
export type Filled = readonly boolean[] | 'all';

// Not in the first screen's JavaScript: nothing it does is needed before the first frame.
export const ChunkFiller = lazy(() => import('./ChunkFiller').then((m) => ({ default: m.ChunkFiller })));

/** The chunks filled so far; `opensAt`'s chunk (`center`) always counts as filled (a passage to show). */
export function useChunkFill(layout: LongTextLayout | null, opensAt: string | null | undefined) {
  const center = (opensAt ? layout?.chunkOf.get(opensAt) : undefined) ?? 0;
  const [filled, setFilled] = useState<Filled>(() =>
    layout ? Array.from({ length: layout.count }, (_, i) => i >= center - FIRST_SCREEN_BEFORE && i <= center + FIRST_SCREEN_AFTER) : 'all',
  );
  const isFilled = (index: number) => filled === 'all' || filled[index] === true || index === center;
  return { filled, setFilled, center, isFilled };
}
