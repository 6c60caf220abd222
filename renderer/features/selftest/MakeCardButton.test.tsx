// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MakeCardButton } from './MakeCardButton';

const makeCard = vi.fn<(input: unknown) => Promise<{ cardId: string; created: boolean }>>();
vi.mock('../../api/client', () => ({ api: { 'selftest.makeCard': (input: unknown) => makeCard(input) } }));

/** The button as the results screen holds it: the card id comes back through `onMade`. */
function Harness({ initial }: { initial?: string }) {
  const [cardId, setCardId] = useState(initial);
  return <MakeCardButton documentId="japan-nato" attemptId="attempt-1" questionId="tf-ruled-out" number={3} cardId={cardId} onMade={(_, id) => setCardId(id)} />;
}

afterEach(cleanup);
beforeEach(() => makeCard.mockReset());

describe('MakeCardButton', () => {
  it('makes the card in one click, then says it was added and links to the cards', async () => {
    makeCard.mockResolvedValue({ cardId: 'u-1', created: true });
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Make a flashcard: question 3' }));
    expect(await screen.findByRole('button', { name: 'Added to flashcards: question 3' })).toBeDisabled();
    expect(screen.getByRole('link', { name: /See it in your cards/ })).toHaveFocus();
    expect(makeCard).toHaveBeenCalledTimes(1);
    expect(makeCard).toHaveBeenCalledWith({ documentId: 'japan-nato', attemptId: 'attempt-1', questionId: 'tf-ruled-out' });
  });

  it('says "Already in your cards" when the question has a card, and offers no second one', () => {
    render(<Harness initial="u-1" />);
    expect(screen.getByRole('button', { name: 'Already in your cards: question 3' })).toBeDisabled();
    expect(screen.getByRole('link', { name: /Open it in your cards/ })).toHaveAttribute('href', '#/cards?tag=selftest');
  });

  it('shows why a card was not made and lets you try again', async () => {
    makeCard.mockRejectedValueOnce(new Error('The data file could not be written.'));
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Make a flashcard: question 3' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The flashcard was not made: The data file could not be written.');
    makeCard.mockResolvedValueOnce({ cardId: 'u-2', created: true });
    await userEvent.click(screen.getByRole('button', { name: 'Make a flashcard: question 3' }));
    expect(await screen.findByRole('button', { name: 'Added to flashcards: question 3' })).toBeDisabled();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
