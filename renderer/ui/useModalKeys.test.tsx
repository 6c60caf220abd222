// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useModalKeys } from './useModalKeys';

function Dialog({ onEscape }: { onEscape: () => void }) {
  const { ref, onKeyDown } = useModalKeys<HTMLDivElement>(onEscape);
  return (
    <div ref={ref} role="dialog" aria-label="Example" onKeyDown={onKeyDown}>
      <input aria-label="Title" />
      <button type="button" disabled>
        Busy
      </button>
      <button type="button">Save</button>
    </div>
  );
}

afterEach(cleanup);

describe('a modal dialog’s keys', () => {
  it('wrap Tab and Shift+Tab inside the dialog, skipping disabled controls', async () => {
    render(
      <>
        <button type="button">Behind</button>
        <Dialog onEscape={() => undefined} />
      </>,
    );
    screen.getByRole('button', { name: 'Save' }).focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Title'));
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save' }));
  });

  it('hand Escape to the dialog and keep it from the page behind', async () => {
    const onEscape = vi.fn<() => void>();
    const pageKeys = vi.fn<() => void>();
    render(
      <div onKeyDown={pageKeys}>
        <Dialog onEscape={onEscape} />
      </div>,
    );
    screen.getByLabelText('Title').focus();
    await userEvent.keyboard('{Escape}');
    expect(onEscape).toHaveBeenCalledTimes(1);
    expect(pageKeys).not.toHaveBeenCalled();
  });
});
