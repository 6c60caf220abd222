// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenStill } from './when-still';

describe('whenStill', () => {
  beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'requestIdleCallback', 'cancelIdleCallback'] }));
  afterEach(() => void vi.useRealTimers());

  it('runs the task once the reader has been still for the whole wait', () => {
    const task = vi.fn<() => void>();
    whenStill(task, 1000);
    vi.advanceTimersByTime(999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('waits again after each scroll, key or pointer press, counting from the last one', () => {
    const task = vi.fn<() => void>();
    whenStill(task, 1000);
    vi.advanceTimersByTime(800);
    window.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(800);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }));
    vi.advanceTimersByTime(900);
    window.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(900);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(task).toHaveBeenCalledTimes(1);
    // Done once: later input does not run it again.
    window.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(5000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled, and stops listening', () => {
    const task = vi.fn<() => void>();
    const remove = vi.spyOn(window, 'removeEventListener');
    const cancel = whenStill(task, 1000);
    vi.advanceTimersByTime(500);
    cancel();
    vi.advanceTimersByTime(5000);
    expect(task).not.toHaveBeenCalled();
    expect(remove.mock.calls.map(([type]) => type).sort()).toEqual(['keydown', 'pointerdown', 'scroll']);
  });
});
