// @vitest-environment jsdom
import { createRef } from 'react';
import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The lay-out-ahead is watched, not run: jsdom lays nothing out. What is checked is when the filler starts it.
const stops: ReturnType<typeof vi.fn<() => void>>[] = [];
const layOutChunksAhead = vi.fn<(article: HTMLElement) => () => void>(() => {
  const stop = vi.fn<() => void>();
  stops.push(stop);
  return stop;
});
vi.mock('./chunk-prelayout', () => ({ layOutChunksAhead: (article: HTMLElement) => layOutChunksAhead(article) }));

const { ChunkFiller } = await import('./ChunkFiller');

beforeEach(() => {
  stops.length = 0;
  layOutChunksAhead.mockClear();
  // jsdom has neither: the filler's own observer and idle filling stay quiet here.
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  vi.stubGlobal('requestIdleCallback', () => 1);
  vi.stubGlobal('cancelIdleCallback', () => {});
});

afterEach(() => vi.unstubAllGlobals());

describe('the filler lays out ahead', () => {
  it('again when the lines break anew (another size, font or measure), and not on a fill', () => {
    const articleRef = createRef<HTMLElement>();
    const article = document.createElement('article');
    (articleRef as { current: HTMLElement }).current = article;
    const setFilled = vi.fn<() => void>();
    const filler = (filled: boolean[], lines: string) => <ChunkFiller articleRef={articleRef} filled={filled} center={0} setFilled={setFilled} lines={lines} />;
    const { rerender, unmount } = render(filler([true, false, false], 'serif 2 medium'));
    expect(layOutChunksAhead).toHaveBeenCalledTimes(1);
    expect(layOutChunksAhead).toHaveBeenLastCalledWith(article);

    // More text in: the lay-out-ahead goes on as it was (it hears of the new blocks itself).
    rerender(filler([true, true, false], 'serif 2 medium'));
    expect(layOutChunksAhead).toHaveBeenCalledTimes(1);

    // A larger size: the old one stops, a new one starts, which finds the chunks in range anew.
    rerender(filler([true, true, false], 'serif 3 medium'));
    expect(layOutChunksAhead).toHaveBeenCalledTimes(2);
    expect(stops[0]).toHaveBeenCalledTimes(1);
    rerender(filler([true, true, false], 'sans 3 wide'));
    expect(layOutChunksAhead).toHaveBeenCalledTimes(3);
    expect(stops[1]).toHaveBeenCalledTimes(1);

    unmount();
    expect(stops[2]).toHaveBeenCalledTimes(1);
  });
});
