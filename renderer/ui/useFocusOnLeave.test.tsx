// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HAND_OVER_MS, useFocusOnLeave } from './useFocusOnLeave';

function Leaving() {
  const ref = useFocusOnLeave<HTMLDivElement>('#home');
  return (
    <div ref={ref}>
      <button type="button">Inside</button>
    </div>
  );
}

function Page({ shown, modal = false }: { shown: boolean; modal?: boolean }) {
  return (
    <>
      <button type="button" id="home">
        Home
      </button>
      <button type="button">Elsewhere</button>
      {shown && <Leaving />}
      {modal && (
        <div role="dialog" aria-modal="true" aria-label="Open dialog">
          <input aria-label="In the dialog" />
        </div>
      )}
    </>
  );
}

const frames = (n: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(n);
});

/** The element leaves with focus on its button, in the frames after which the hand-over runs. */
async function leaveWithFocusInside(next = <Page shown={false} />) {
  const { rerender } = render(<Page shown />);
  screen.getByRole('button', { name: 'Inside' }).focus();
  rerender(next);
  await frames(2);
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('useFocusOnLeave', () => {
  it('gives focus to the fallback once the element has left with focus inside', async () => {
    await leaveWithFocusInside();
    expect(screen.getByRole('button', { name: 'Home' })).toHaveFocus();
  });

  it('leaves focus alone when it was elsewhere', async () => {
    const { rerender } = render(<Page shown />);
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    rerender(<Page shown={false} />);
    await frames(2);
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });

  it('gives it into a modal dialog open then, never behind it', async () => {
    await leaveWithFocusInside(<Page shown={false} modal />);
    expect(screen.getByLabelText('In the dialog')).toHaveFocus();
  });

  it('gives focus again when what it gave it to goes too, and stops at the person’s next key', async () => {
    await leaveWithFocusInside();
    const home = screen.getByRole('button', { name: 'Home' });
    // The button it went to leaves the page (a header rebuilt): focus on the page again is handed again.
    home.blur();
    await frames(2);
    expect(home).toHaveFocus();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    home.blur();
    await frames(2);
    expect(document.activeElement).toBe(document.body);
  });

  it('ends after HAND_OVER_MS, taking its listeners with it', async () => {
    const removed = vi.spyOn(window, 'removeEventListener');
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    await leaveWithFocusInside();
    clock = HAND_OVER_MS + 1;
    await frames(2);
    expect(removed.mock.calls.map(([type]) => type)).toEqual(expect.arrayContaining(['keydown', 'pointerdown']));
    screen.getByRole('button', { name: 'Home' }).blur();
    await frames(2);
    expect(document.activeElement).toBe(document.body);
  });
});
