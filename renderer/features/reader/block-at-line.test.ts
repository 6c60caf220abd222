// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { firstBlockBelow } from './block-at-line';

// jsdom lays nothing out: each element's box comes from its data-top and data-bottom, and every box
// read is recorded.
const read: string[] = [];
function box(tag: string, attrs: Record<string, string>, children: Element[] = []): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  element.getBoundingClientRect = () => {
    read.push(element.dataset.paragraphId ?? element.dataset.chunk ?? '?');
    const top = Number(element.dataset.top);
    const bottom = Number(element.dataset.bottom);
    return { top, bottom, left: 0, right: 0, width: 0, height: bottom - top, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  };
  return element;
}
const block = (id: string, top: number, bottom: number) => box('p', { 'data-paragraph-id': id, 'data-top': String(top), 'data-bottom': String(bottom) });
const chunk = (index: number, top: number, bottom: number, blocks: Element[]) => box('div', { class: 'article__chunk', 'data-chunk': String(index), 'data-top': String(top), 'data-bottom': String(bottom) }, blocks);

afterEach(() => {
  read.length = 0;
});

describe('firstBlockBelow', () => {
  it('finds the block at a line of a short text by its blocks', () => {
    const root = box('div', {}, [block('a', 0, 100), block('b', 100, 200), block('c', 200, 300)]);
    expect(firstBlockBelow(root, 150)?.dataset.paragraphId).toBe('b');
    expect(firstBlockBelow(root, 400)).toBeNull();
  });

  it('in a long text reads the chunks, then the blocks of the one chunk at the line only', () => {
    const chunks = Array.from({ length: 8 }, (_, i) => chunk(i, i * 1000, (i + 1) * 1000, [block(`c${i}-a`, i * 1000, i * 1000 + 500), block(`c${i}-b`, i * 1000 + 500, (i + 1) * 1000 - 40)]));
    const root = box('div', {}, chunks);
    expect(firstBlockBelow(root, 5600)?.dataset.paragraphId).toBe('c5-b');
    expect(read.filter((id) => id.startsWith('c') && !id.startsWith('c5-'))).toEqual([]);
    expect(read.filter((id) => /^\d$/.test(id)).length).toBeLessThanOrEqual(4);
  });

  it('passes over a chunk not filled yet, and the margin after a chunk’s last block, to the next block', () => {
    const root = box('div', {}, [chunk(0, 0, 1000, [block('a', 0, 900)]), chunk(1, 1000, 2000, []), chunk(2, 2000, 3000, [block('b', 2000, 2900)])]);
    expect(firstBlockBelow(root, 950)?.dataset.paragraphId).toBe('b');
    expect(firstBlockBelow(root, 1500)?.dataset.paragraphId).toBe('b');
  });
});
