import { afterEach, describe, expect, it, vi } from 'vitest';
import { chunksBetween, chunksNearestFirst, distanceOf, rangeOf } from './group-range';

const rect = (top: number, bottom: number) => ({ top, bottom, height: bottom - top }) as DOMRectReadOnly;

describe("a group's chunks in the filler's range", () => {
  it('are those whose share of the group overlaps the part in range', () => {
    // Four chunks of equal length: quarters of the group.
    expect(chunksBetween([100, 100, 100, 100], 0, 0.3)).toEqual([0, 1]);
    expect(chunksBetween([100, 100, 100, 100], 0.55, 0.6)).toEqual([2]);
    expect(chunksBetween([100, 100, 100, 100], 0.9, 1)).toEqual([3]);
    expect(chunksBetween([100, 100, 100, 100], 0, 1)).toEqual([0, 1, 2, 3]);
  });

  it('share the height by characters: a long chunk takes more of it', () => {
    expect(chunksBetween([700, 100, 200], 0.75, 0.78)).toEqual([1]);
    expect(chunksBetween([700, 100, 200], 0.6, 0.65)).toEqual([0]);
  });

  it('count a chunk without characters as one, so none is left out', () => {
    expect(chunksBetween([0, 0], 0, 1)).toEqual([0, 1]);
  });

  it('are read from where the group meets the range, all of them when it has no height', () => {
    expect(rangeOf({ boundingClientRect: rect(1000, 3000), intersectionRect: rect(1000, 1500) })).toEqual([0, 0.25]);
    expect(rangeOf({ boundingClientRect: rect(-1000, 1000), intersectionRect: rect(500, 1000) })).toEqual([0.75, 1]);
    expect(rangeOf({ boundingClientRect: rect(0, 0), intersectionRect: rect(0, 0) })).toEqual([0, 1]);
  });
});

describe('groups reported near, nearest first', () => {
  afterEach(() => vi.unstubAllGlobals());
  // A group at `top`..`bottom` of the viewport's coordinates, holding the chunks named.
  const group = (top: number, bottom: number, ...chunks: string[]) => ({
    boundingClientRect: { top, bottom } as DOMRectReadOnly,
    target: { chunks } as unknown as Element,
  });

  it('measure their distance from the viewport, 0 where they meet it', () => {
    vi.stubGlobal('innerHeight', 800);
    expect(distanceOf(group(1000, 3000))).toBe(200);
    expect(distanceOf(group(-3000, -500))).toBe(500);
    expect(distanceOf(group(-200, 900))).toBe(0);
  });

  it('come nearest first, a group below from its top and one wholly above from its bottom', () => {
    vi.stubGlobal('innerHeight', 800);
    const order = chunksNearestFirst([group(2000, 4000, 'c5', 'c6'), group(-900, -100, 'c1', 'c2'), group(-100, 1200, 'c3', 'c4')], (target) => (target as unknown as { chunks: Element[] }).chunks);
    expect(order).toEqual(['c3', 'c4', 'c2', 'c1', 'c5', 'c6']);
  });
});
