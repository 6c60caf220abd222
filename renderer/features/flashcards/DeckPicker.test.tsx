// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../electron/contract/contract';
import type { FlashcardSettings } from '../../../electron/contract/flashcards-values';
import { CurrentDocumentContext } from '../app/current-document';
import { currentTides } from '../app/fixtures';
import { deckDocumentId } from './deck-scope';
import { ReviewPage } from './ReviewPage';

const calls = vi.hoisted(() => ({
  stored: { desiredRetention: 0.9, newPerDay: 20, shortcuts: true, deck: 'document' } as FlashcardSettings,
  session: vi.fn<Handlers['flashcards.session']>(),
  update: vi.fn<Handlers['flashcards.updateSettings']>(),
}));
vi.mock('../../api/client', () => ({
  api: {
    'flashcards.settings': async () => calls.stored,
    'flashcards.updateSettings': calls.update,
    'flashcards.session': calls.session,
  },
}));

const empty = { cards: [], counts: { new: 0, learning: 0, review: 0 }, nextDue: null, newLeftToday: 20, canUndo: false };

beforeEach(() => {
  calls.stored = { desiredRetention: 0.9, newPerDay: 20, shortcuts: true, deck: 'document' };
  calls.session.mockReset();
  calls.session.mockResolvedValue(empty);
  calls.update.mockReset();
  calls.update.mockImplementation(async (patch) => ({ ...calls.stored, ...patch }) as FlashcardSettings);
});

const showReview = () =>
  render(
    <CurrentDocumentContext.Provider value={currentTides()}>
      <ReviewPage />
    </CurrentDocumentContext.Provider>,
  );

afterEach(cleanup);

describe('the deck picker', () => {
  it('reviews the open document’s cards when the remembered deck is this document', async () => {
    showReview();
    expect(await screen.findByRole('radio', { name: 'This document' })).toBeChecked();
    expect(screen.getByRole('group', { name: 'Deck' })).toHaveAccessibleDescription('Cards of “Notes on tides”, the document open in the reader.');
    await waitFor(() => expect(calls.session).toHaveBeenCalledWith({ documentId: 'doc-tides' }));
    expect(calls.session).toHaveBeenCalledTimes(1);
  });

  it('switches to every document, saves the choice and starts that session', async () => {
    showReview();
    await userEvent.click(await screen.findByRole('radio', { name: 'All documents' }));
    expect(calls.update).toHaveBeenCalledWith({ deck: 'all' });
    await waitFor(() => expect(calls.session).toHaveBeenLastCalledWith({}));
    expect(screen.getByRole('group', { name: 'Deck' })).toHaveAccessibleDescription('Cards of every document in your library.');
  });

  it('starts on all documents when that was chosen before', async () => {
    calls.stored = { ...calls.stored, deck: 'all' };
    showReview();
    expect(await screen.findByRole('radio', { name: 'All documents' })).toBeChecked();
    await waitFor(() => expect(calls.session).toHaveBeenCalledWith({}));
    expect(calls.session).not.toHaveBeenCalledWith({ documentId: 'doc-tides' });
  });

  it('narrows to a document only when one is open', () => {
    expect(deckDocumentId('document', currentTides())).toBe('doc-tides');
    expect(deckDocumentId('all', currentTides())).toBeUndefined();
    expect(deckDocumentId('document', null)).toBeUndefined();
  });
});
