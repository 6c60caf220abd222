// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { layOutChunksAhead } from './chunk-prelayout';
import { CHUNK_ATTRIBUTE, CHUNK_GROUP_CLASS } from './long-text-chunks';
import { announceTextFilled } from './text-filled';

// jsdom has neither IntersectionObserver nor idle callbacks, and lays nothing out: the observer is
// reported to by hand, idle periods are run by hand against a clock, and a block "laid out" is one
// whose box was asked for, at the cost the test gives it.
let report: (entries: Partial<IntersectionObserverEntry>[]) => void;
let observed: Element[];
let disconnected: boolean;
let idle: ((deadline: IdleDeadline) => void) | null;
let clock: number;
let cost: number;
let laidOut: string[];

beforeEach(() => {
  observed = [];
  disconnected = false;
  idle = null;
  clock = 0;
  cost = 3;
  laidOut = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: (entries: IntersectionObserverEntry[]) => void) {
        report = (entries) => callback(entries as IntersectionObserverEntry[]);
      }
      observe(target: Element) {
        observed.push(target);
      }
      disconnect() {
        disconnected = true;
      }
    },
  );
  vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void) => {
    idle = callback;
    return 1;
  });
  vi.stubGlobal('cancelIdleCallback', () => void (idle = null));
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    laidOut.push(this.id);
    clock += cost;
    return new DOMRect();
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** An article of `groups` groups of `perGroup` chunks, each holding one block `b<chunk>` (none when listed in `empty`). */
function article(groups: number, perGroup: number, empty: number[] = []): HTMLElement {
  const root = document.createElement('article');
  for (let g = 0; g < groups; g += 1) {
    const group = document.createElement('div');
    group.className = CHUNK_GROUP_CLASS;
    for (let c = g * perGroup; c < (g + 1) * perGroup; c += 1) {
      const chunk = document.createElement('div');
      chunk.setAttribute(CHUNK_ATTRIBUTE, String(c));
      if (!empty.includes(c)) chunk.innerHTML = `<p id="b${c}">text</p>`;
      group.append(chunk);
    }
    root.append(group);
  }
  document.body.append(root);
  return root;
}

const groupAt = (target: Element, top: number, bottom: number): Partial<IntersectionObserverEntry> => ({
  target,
  isIntersecting: true,
  boundingClientRect: { top, bottom } as DOMRectReadOnly,
});

/** Runs the pending idle period, `ms` long. */
function idlePeriod(ms: number) {
  const step = idle;
  idle = null;
  const end = clock + ms;
  step?.({ timeRemaining: () => Math.max(0, end - clock), didTimeout: false });
}

describe('chunks laid out ahead of the viewport', () => {
  it('watches every group, and lays out a group below from its top, as many chunks as an idle period holds', () => {
    const root = article(2, 3);
    const stop = layOutChunksAhead(root);
    expect(observed).toEqual([...root.querySelectorAll(`.${CHUNK_GROUP_CLASS}`)]);
    report([groupAt(observed[1]!, 1500, 3000)]);
    expect(laidOut).toEqual([]); // nothing before idle time
    // 12 ms, 2 kept back: three chunks of 3 ms fit (the first guess is 4 ms, then the dearest measured).
    idlePeriod(12);
    expect(laidOut).toEqual(['b3', 'b4', 'b5']);
    stop();
  });

  it('stops for the frame when the idle time left is less than the dearest chunk so far, and goes on in the next period', () => {
    const root = article(1, 4);
    layOutChunksAhead(root);
    cost = 6;
    report([groupAt(observed[0]!, 1000, 3000)]);
    idlePeriod(9);
    expect(laidOut).toEqual(['b0']);
    idlePeriod(5); // less than 6 ms and the margin: nothing
    expect(laidOut).toEqual(['b0']);
    idlePeriod(19);
    expect(laidOut).toEqual(['b0', 'b1', 'b2']);
  });

  it('lays out a group above the viewport from its bottom, and the nearest group first', () => {
    const root = article(3, 2);
    layOutChunksAhead(root);
    report([groupAt(observed[0]!, -4000, -2000), groupAt(observed[2]!, 900, 2000)]);
    idlePeriod(50);
    // The group below starts 132 px past the viewport's bottom (jsdom's innerHeight is 768), the one above ends 2,000 px over its top.
    expect(laidOut).toEqual(['b4', 'b5', 'b1', 'b0']);
  });

  it('puts the chunks of a group reported again at the head of the line, once each', () => {
    const root = article(2, 2);
    layOutChunksAhead(root);
    report([groupAt(observed[0]!, 1000, 2000)]);
    report([groupAt(observed[1]!, 800, 1500)]);
    report([groupAt(observed[0]!, 790, 2000)]);
    idlePeriod(100);
    expect(laidOut).toEqual(['b0', 'b1', 'b2', 'b3']);
  });

  it('leaves a chunk not filled yet until more text is in, then lays it out', () => {
    const root = article(1, 2, [0]);
    layOutChunksAhead(root);
    report([groupAt(observed[0]!, 1000, 2000)]);
    idlePeriod(100);
    expect(laidOut).toEqual(['b1']);
    root.querySelector(`[${CHUNK_ATTRIBUTE}="0"]`)!.innerHTML = '<p id="b0">text</p>';
    announceTextFilled(root);
    idlePeriod(100);
    expect(laidOut).toEqual(['b1', 'b0']);
  });

  it('ignores groups reported as leaving the range', () => {
    const root = article(1, 2);
    layOutChunksAhead(root);
    report([{ ...groupAt(observed[0]!, 3000, 4000), isIntersecting: false }]);
    expect(idle).toBeNull();
  });

  it('when stopped, stops watching, drops its idle step and no longer listens for text', () => {
    const root = article(1, 2, [0]);
    const stop = layOutChunksAhead(root);
    report([groupAt(observed[0]!, 1000, 2000)]);
    stop();
    expect(disconnected).toBe(true);
    expect(idle).toBeNull();
    root.querySelector(`[${CHUNK_ATTRIBUTE}="0"]`)!.innerHTML = '<p id="b0">text</p>';
    announceTextFilled(root);
    expect(idle).toBeNull();
  });
});
