// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../electron/contract/contract';
import type { SessionCard } from '../../../electron/contract/flashcards-values';
import { ReviewPage } from './ReviewPage';

const calls = vi.hoisted(() => ({
  record: vi.fn<Handlers['reviews.record']>(),
  session: vi.fn<Handlers['flashcards.session']>(),
  undo: vi.fn<Handlers['reviews.undo']>(),
}));
vi.mock('../../api/client', () => ({
  api: {
    'flashcards.settings': async () => ({ desiredRetention: 0.9, newPerDay: 20, shortcuts: true, deck: 'document' }),
    'flashcards.updateSettings': async (patch: object) => ({ desiredRetention: 0.9, newPerDay: 20, shortcuts: true, deck: 'document', ...patch }),
    'flashcards.session': calls.session,
    'reviews.record': calls.record,
    'reviews.undo': calls.undo,
  },
}));

function card(id: string, front: string, extra: Partial<SessionCard> = {}): SessionCard {
  return {
    id,
    documentId: 'japan-nato',
    origin: 'deck',
    kind: 'basic',
    front,
    back: `Answer to ${front}`,
    gaps: [],
    tags: [],
    source: { paragraph: 'p1', quote: 'a quote', start: 0, end: 7 },
    state: 'new',
    suspended: false,
    due: null,
    reps: 0,
    lapses: 0,
    previews: [1, 2, 3, 4].map((rating) => ({ rating: rating as 1 | 2 | 3 | 4, due: '2026-03-01T09:10:00.000Z', interval: `${rating}0m` })),
    ...extra,
  };
}

const session = (cards: SessionCard[]) => ({ cards, counts: { new: cards.length, learning: 0, review: 0 }, nextDue: null, newLeftToday: 20, canUndo: false });

beforeEach(() => {
  calls.record.mockReset();
  calls.session.mockReset();
  calls.session.mockResolvedValue(session([card('a', 'First?'), card('b', 'Second?')]));
});

describe('ReviewPage', () => {
  it('shows the answer on Space, announces it, and rates with a number key', async () => {
    calls.record.mockResolvedValue({ reviewId: 'r1', due: '2026-03-01T09:10:00.000Z' });
    const user = userEvent.setup();
    render(<ReviewPage />);
    expect(await screen.findByText('First?')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByText('Answer: Answer to First?')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: /^Good/ })).toHaveFocus());
    await user.keyboard('2');
    expect(await screen.findByText('Second?')).toBeInTheDocument();
    await waitFor(() => expect(calls.record).toHaveBeenCalledWith({ cardId: 'a', rating: 2, durationMs: expect.any(Number) }));
  });

  it('puts the card back and says so when a rating is not saved', async () => {
    calls.record.mockRejectedValue(new Error('the disk is full'));
    const user = userEvent.setup();
    render(<ReviewPage />);
    await screen.findByText('First?');
    await user.keyboard(' ');
    await user.keyboard('3');
    expect(await screen.findByText(/Your rating of the last card was not saved \(the disk is full\)/)).toBeInTheDocument();
    expect(screen.getByText('First?')).toBeInTheDocument();
    expect(screen.getByText(/0 reviewed/)).toBeInTheDocument();
  });

  it('shows a cloze card with its gap hidden, then revealed on the back', async () => {
    calls.session.mockResolvedValue(session([card('c', '[…] is in talks', { kind: 'cloze', back: 'NATO is in talks', gaps: [{ start: 0, end: 4 }] })]));
    const user = userEvent.setup();
    render(<ReviewPage />);
    expect((await screen.findByText('blank')).parentElement).toHaveTextContent('[…]blank');
    expect(screen.queryByText('NATO')).not.toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByText('NATO').tagName).toBe('MARK');
  });
});
