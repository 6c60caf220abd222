// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PackReview, type PackReviewOutcome } from './PackReview';

const confirmImport = vi.fn<(input: unknown) => Promise<unknown>>();
const cancelImport = vi.fn<(input: unknown) => Promise<unknown>>();
vi.mock('../../api/client', () => ({
  api: {
    'library.confirmImport': (input: unknown) => confirmImport(input),
    'library.cancelImport': (input: unknown) => cancelImport(input),
  },
}));

const review: PackReviewOutcome = {
  outcome: 'review',
  token: 'token-1',
  title: 'The Gettysburg Address',
  counts: { blocks: 3, cards: 5, questions: 8, mapNodes: 5 },
  update: null,
  warnings: ['card founding-proposition: front: contains markup (<b>), shown as text', 'deck:why-they-met [yes-no-front] a yes/no question'],
};

afterEach(cleanup);
beforeEach(() => {
  confirmImport.mockReset();
  cancelImport.mockReset();
});

describe('PackReview', () => {
  it('shows what the pack brings and its warnings as text, with focus on its title', () => {
    render(<PackReview review={review} onDone={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Import “The Gettysburg Address”?' });
    expect(dialog).toHaveTextContent('It brings 3 paragraphs, 5 cards, 8 questions, 5 map claims.');
    expect(screen.getByRole('list', { name: 'Warnings' }).querySelectorAll('li')).toHaveLength(2);
    expect(screen.getByText(/contains markup \(<b>\)/)).toBeTruthy();
    expect(dialog.querySelector('b')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: /Import/ }));
  });

  it('saves on “Import anyway” and hands back the outcome', async () => {
    const saved = { outcome: 'imported', warnings: [] };
    confirmImport.mockResolvedValue(saved);
    const onDone = vi.fn<(outcome: unknown) => void>();
    render(<PackReview review={review} onDone={onDone} />);
    await userEvent.click(screen.getByRole('button', { name: 'Import anyway' }));
    expect(confirmImport).toHaveBeenCalledWith({ token: 'token-1' });
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(saved));
  });

  it('keeps focus on “Import anyway” while its answer is on its way and when saving fails, asking once', async () => {
    let fail: (error: Error) => void = () => undefined;
    confirmImport.mockImplementation(() => new Promise((_resolve, reject) => (fail = reject)));
    render(<PackReview review={review} onDone={() => undefined} />);
    const accept = screen.getByRole('button', { name: 'Import anyway' });
    accept.focus();
    await userEvent.keyboard('{Enter}');
    expect(accept).toHaveAttribute('aria-disabled', 'true');
    expect(accept).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(confirmImport).toHaveBeenCalledTimes(1);
    fail(new Error('That pack is no longer waiting to be imported; import the file again.'));
    expect(await screen.findByRole('alert')).toHaveTextContent('no longer waiting');
    expect(accept).not.toHaveAttribute('aria-disabled');
    expect(accept).toHaveFocus();
  });

  it('gives focus to the header’s Import button once answered and gone', async () => {
    confirmImport.mockResolvedValue({ outcome: 'imported', warnings: [] });
    const Frame = ({ open }: { open: boolean }) => (
      <>
        <button type="button" className="import-menu__button">
          Import
        </button>
        {open && <PackReview review={review} onDone={() => undefined} />}
      </>
    );
    const { rerender } = render(<Frame open />);
    screen.getByRole('button', { name: 'Import anyway' }).focus();
    rerender(<Frame open={false} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import' })).toHaveFocus());
  });

  it('cancels on Escape, saving nothing, and says why when saving fails', async () => {
    cancelImport.mockResolvedValue({ outcome: 'cancelled' });
    confirmImport.mockRejectedValue(new Error('That pack is no longer waiting to be imported; import the file again.'));
    const onDone = vi.fn<(outcome: unknown) => void>();
    render(<PackReview review={review} onDone={onDone} />);
    await userEvent.click(screen.getByRole('button', { name: 'Import anyway' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('no longer waiting');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(onDone).toHaveBeenCalledWith({ outcome: 'cancelled' }));
    expect(cancelImport).toHaveBeenCalledWith({ token: 'token-1' });
    expect(confirmImport).toHaveBeenCalledTimes(1);
  });
});
