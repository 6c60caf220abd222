import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StudyApi } from '../../electron/contract/contract';
import { changesInOrder } from './in-order';

/** A main side that answers each call only when the test says, refusing the ones it is told to. */
function handHeld() {
  const sent: string[] = [];
  const waiting: { method: string; settle: (refuse: boolean) => void }[] = [];
  const api = new Proxy({} as StudyApi, {
    get: (_target, method) => (input: unknown) => {
      sent.push(String(method));
      return new Promise((resolve, reject) => waiting.push({ method: String(method), settle: (refuse) => (refuse ? reject(new Error('refused')) : resolve(input)) }));
    },
  });
  const settle = async () => {
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  };
  const answer = async (method: string, refuse = false) => {
    await settle();
    const at = waiting.findIndex((w) => w.method === method);
    expect(at, `${method} is waiting for its answer`).toBeGreaterThanOrEqual(0);
    waiting.splice(at, 1)[0]?.settle(refuse);
    await settle();
  };
  return { api, sent, answer, settle };
}

const place = (percent: number) => ({ documentId: 'japan-nato', paragraphId: 'p4', offset: 0, percent });

describe('changesInOrder', () => {
  it('sends a change only once the change before it is answered', async () => {
    const main = handHeld();
    const api = changesInOrder(main.api);
    const first = api['reading.save'](place(40));
    const second = api['reading.save'](place(60));
    await main.settle();
    expect(main.sent).toEqual(['reading.save']);
    await main.answer('reading.save');
    await expect(first).resolves.toEqual(place(40));
    expect(main.sent).toEqual(['reading.save', 'reading.save']);
    await main.answer('reading.save');
    await expect(second).resolves.toEqual(place(60));
  });

  it('sends reads at once, beside a change still out', async () => {
    const main = handHeld();
    const api = changesInOrder(main.api);
    void api['reading.save'](place(40));
    void api['library.list']({});
    await main.settle();
    expect(main.sent.sort()).toEqual(['library.list', 'reading.save']);
  });

  it('sends the next change after one that was refused, and the refusal still reaches its caller', async () => {
    const main = handHeld();
    const api = changesInOrder(main.api);
    const refused = api['settings.update']({ theme: 'dark' });
    const next = api['settings.update']({ theme: 'sepia' });
    await main.answer('settings.update', true);
    await expect(refused).rejects.toThrow('refused');
    expect(main.sent).toEqual(['settings.update', 'settings.update']);
    await main.answer('settings.update');
    await expect(next).resolves.toEqual({ theme: 'sepia' });
  });

  it('lets a call unanswered past the limit (a hung request) no longer hold up the next', async () => {
    vi.useFakeTimers();
    const main = handHeld();
    const api = changesInOrder(main.api, { holdAtMostMs: 1000 });
    void api['annotations.import']({ documentId: 'japan-nato', text: '[]' });
    void api['reading.save'](place(40));
    await vi.advanceTimersByTimeAsync(999);
    expect(main.sent).toEqual(['annotations.import']);
    await vi.advanceTimersByTimeAsync(1);
    expect(main.sent).toEqual(['annotations.import', 'reading.save']);
  });

  it('sends a call made while the page is going away at once, beside the ones still out', async () => {
    let leaving = false;
    const main = handHeld();
    const api = changesInOrder(main.api, { leaving: () => leaving });
    void api['reading.save'](place(40));
    void api['settings.update']({ theme: 'dark' });
    leaving = true;
    void api['reading.save'](place(60));
    await main.settle();
    expect(main.sent).toEqual(['reading.save', 'reading.save']);
  });

  it('sends the calls still waiting their turn as the page starts to go away, in the order made', async () => {
    let leaving = false;
    let goAway = () => {};
    const main = handHeld();
    const api = changesInOrder(main.api, { leaving: () => leaving, onLeaving: (listener) => void (goAway = listener) });
    void api['reading.save'](place(40));
    void api['settings.update']({ theme: 'dark' });
    void api['annotations.create']({ documentId: 'japan-nato', blockId: 'p1', start: 0, end: 4, color: 'yellow' } as never);
    await main.settle();
    expect(main.sent).toEqual(['reading.save']);
    leaving = true;
    goAway();
    await main.settle();
    expect(main.sent).toEqual(['reading.save', 'settings.update', 'annotations.create']);
    // Each is sent once: the turn the answer to the first would have given them changes nothing.
    await main.answer('reading.save');
    await main.settle();
    expect(main.sent).toHaveLength(3);
  });
});

afterEach(() => {
  vi.useRealTimers();
});
