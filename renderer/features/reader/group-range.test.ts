import { describe, expect, it } from 'vitest';
import { chunksBetween, rangeOf } from './group-range';

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
