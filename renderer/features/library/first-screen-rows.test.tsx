// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { rowsInWindow, useFirstScreenRows } from './first-screen-rows';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

function List({ rows, height }: { rows: readonly number[]; height: number }) {
  const shown = useFirstScreenRows(rows, height);
  return (
    <ul aria-label="Rows">
      {shown.map((n) => (
        <li key={n}>Row {n}</li>
      ))}
    </ul>
  );
}
const count = () => screen.getByRole('list', { name: 'Rows' }).children.length;

afterEach(cleanup);

describe('the rows of a long list', () => {
  it('are a window of them in the first frame, with one to spare', () => {
    expect(rowsInWindow(860)).toBe(9);
    expect(rowsInWindow(112)).toBe(2);
    expect(rowsInWindow(0)).toBe(1);
  });

  it('come in two steps: a window full, then every row once that frame is painted', async () => {
    render(<List rows={numbers(40)} height={480} />);
    expect(count()).toBe(rowsInWindow(480));
    expect(screen.getByText('Row 1')).toBeTruthy();
    await waitFor(() => expect(count()).toBe(40));
    expect(screen.getByText('Row 40')).toBeTruthy();
  });

  it('are all there at once when they fit', () => {
    render(<List rows={numbers(3)} height={480} />);
    expect(count()).toBe(3);
  });

  it('stay whole once whole: a longer list later shows every row in its first render', async () => {
    const { rerender } = render(<List rows={numbers(40)} height={480} />);
    await waitFor(() => expect(count()).toBe(40));
    rerender(<List rows={numbers(60)} height={480} />);
    expect(count()).toBe(60);
  });

  it('wait for the list that was loading: an empty list first does not make the next one whole', async () => {
    const { rerender } = render(<List rows={[]} height={480} />);
    rerender(<List rows={numbers(40)} height={480} />);
    expect(count()).toBe(rowsInWindow(480));
    await waitFor(() => expect(count()).toBe(40));
  });
});
